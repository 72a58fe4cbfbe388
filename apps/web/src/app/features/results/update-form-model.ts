import type { ApiError, ImplementationStatus, ImplementationUpdateInput } from '@challenge/contract';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { resultsErrorKey } from './results-errors';
import { UPDATE_STATUSES, parsePounds } from './results-format';
import { LIMITS } from '@challenge/contract';

export type UpdateFormValues = { status: string; body: string; bodyCy: string; spend: string };

/** Input ids of the update form, by API field. */
export const UPDATE_FIELDS = { status: 'status', body: 'body', bodyCy: 'bodyCy', spendPence: 'spend' } as const;

const isStatus = (value: string): value is ImplementationStatus =>
  (UPDATE_STATUSES as readonly string[]).includes(value);

/**
 * Checks the form as the API would and builds the request: a status, the English text, the Welsh
 * text when given, and the spend in pounds as whole pence when given.
 */
export function toUpdateInput(values: UpdateFormValues): {
  errors: FormError[];
  input: ImplementationUpdateInput | null;
} {
  const errors: FormError[] = [];
  if (!isStatus(values.status)) errors.push(fieldError(UPDATE_FIELDS.status, 'results.updates.errors.statusRequired'));
  const body = values.body.trim();
  const bodyCy = values.bodyCy.trim();
  const max = { max: String(LIMITS.updateText) };
  if (!body) errors.push(fieldError(UPDATE_FIELDS.body, 'results.updates.errors.bodyRequired'));
  else if (body.length > LIMITS.updateText)
    errors.push(fieldError(UPDATE_FIELDS.body, 'results.updates.errors.bodyTooLong', max));
  if (bodyCy.length > LIMITS.updateText) {
    errors.push(fieldError(UPDATE_FIELDS.bodyCy, 'results.updates.errors.bodyCyTooLong', max));
  }
  const spend = parsePounds(values.spend);
  if (spend.kind === 'invalid' || spend.kind === 'negative' || spend.kind === 'tooLarge') {
    errors.push(fieldError(UPDATE_FIELDS.spendPence, `results.updates.errors.spend.${spend.kind}`));
  }
  if (errors.length || !isStatus(values.status)) return { errors, input: null };
  return {
    errors,
    input: {
      status: values.status,
      body,
      bodyCy: bodyCy || null,
      spendPence: spend.kind === 'pence' ? spend.pence : null,
    },
  };
}

/** A refused update: the fields the API names (with our wording), otherwise the reason in the summary. */
export function updateApiErrors(error: ApiError): FormError[] {
  const fields = Object.keys(error.fields ?? {}).filter((f): f is keyof typeof UPDATE_FIELDS => f in UPDATE_FIELDS);
  if (fields.length) {
    return fields.map((f) => fieldError(UPDATE_FIELDS[f], `results.updates.errors.api.${f}`));
  }
  return [fieldError(null, resultsErrorKey(error))];
}
