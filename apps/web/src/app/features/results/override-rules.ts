import type { ApiError, PrizeAward } from '@challenge/contract';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { resultsErrorKey } from './results-errors';
import { LIMITS } from '@challenge/contract';

export const slotId = (a: PrizeAward): string => `${a.prizeId}-${a.slot}`;
/** Ids of a slot's override fields (also the error summary's link targets). */
export const overrideIdeaId = (a: PrizeAward): string => `override-idea-${slotId(a)}`;
export const overrideReasonId = (a: PrizeAward): string => `override-reason-${slotId(a)}`;

/** What is wrong with an override before sending it: an idea must be chosen and a reason given. */
export function overrideErrors(award: PrizeAward, ideaId: string, reason: string): FormError[] {
  const errors: FormError[] = [];
  if (!ideaId) errors.push(fieldError(overrideIdeaId(award), 'results.errors.ideaRequired'));
  const text = reason.trim();
  if (!text) errors.push(fieldError(overrideReasonId(award), 'results.errors.reasonRequired'));
  else if (text.length > LIMITS.overrideReason) {
    errors.push(
      fieldError(overrideReasonId(award), 'results.errors.reasonTooLong', { max: String(LIMITS.overrideReason) }),
    );
  }
  return errors;
}

/** A refused override as errors next to the fields they concern, or in the summary. */
export function overrideApiErrors(award: PrizeAward, error: ApiError): FormError[] {
  if (error.code === 'idea_not_shortlisted') {
    return [fieldError(overrideIdeaId(award), 'results.errors.ideaNotShortlisted')];
  }
  const fields = error.fields ?? {};
  const mapped: FormError[] = [];
  if (fields['ideaId']) mapped.push(fieldError(overrideIdeaId(award), 'results.errors.ideaRequired'));
  if (fields['reason']) {
    const tooLong = fields['reason'].some((m) => /at most/.test(m));
    mapped.push(
      fieldError(
        overrideReasonId(award),
        tooLong ? 'results.errors.reasonTooLong' : 'results.errors.reasonRequired',
        tooLong ? { max: String(LIMITS.overrideReason) } : undefined,
      ),
    );
  }
  return mapped.length ? mapped : [fieldError(null, resultsErrorKey(error))];
}
