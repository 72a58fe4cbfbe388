import { LIMITS } from '@challenge/contract';
import type { ApiError, Criterion, CriterionInput, SetRubricRequest } from '@challenge/contract';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { judgingErrors } from '../common/judging-errors';

/** The limits the API enforces on a rubric, from the shared contract's LIMITS. */
export const RUBRIC_LIMITS = {
  criteria: LIMITS.criteriaPerRubric,
  name: LIMITS.criterionName,
  description: LIMITS.criterionDescription,
  minScore: LIMITS.criterionMaxScore - 1,
  maxScore: LIMITS.criterionMaxScore,
  weight: LIMITS.criterionWeight,
};

export const CRITERION_FIELDS = [
  'name',
  'nameCy',
  'description',
  'descriptionCy',
  'minScore',
  'maxScore',
  'weight',
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];
/** One row of the rubric editor, as the strings its inputs hold. */
export type CriterionRow = Record<CriterionField, string>;

export const emptyCriterion = (): CriterionRow => ({
  name: '',
  nameCy: '',
  description: '',
  descriptionCy: '',
  minScore: '0',
  maxScore: '10',
  weight: '1',
});

export const rowOf = (c: Criterion): CriterionRow => ({
  name: c.name,
  nameCy: c.nameCy ?? '',
  description: c.description,
  descriptionCy: c.descriptionCy ?? '',
  minScore: String(c.minScore),
  maxScore: String(c.maxScore),
  weight: String(c.weight),
});

/** The input id of one field of criterion `index` (0-based). */
export const criterionFieldId = (index: number, field: CriterionField): string => `criterion-${index}-${field}`;
/** The "Add a criterion" button: errors about the list as a whole point at it. */
export const CRITERIA_FIELD_ID = 'add-criterion';

const WHOLE = /^\d{1,4}$/;
const DECIMAL = /^\d{1,4}(\.\d{1,4})?$/;

/** Reads one row, adding an error for each field that the API would refuse. */
function readRow(row: CriterionRow, index: number, errors: FormError[]): CriterionInput {
  const n = { number: String(index + 1) };
  const id = (f: CriterionField): string => criterionFieldId(index, f);
  const text = (f: CriterionField, max: number, required: boolean): string => {
    const value = row[f].trim();
    if (required && !value) errors.push(fieldError(id(f), `judging.rubric.errors.${f}Required`, n));
    else if (value.length > max)
      errors.push(fieldError(id(f), 'judging.rubric.errors.tooLong', { ...n, max: String(max) }));
    return value;
  };
  const name = text('name', RUBRIC_LIMITS.name, true);
  const nameCy = text('nameCy', RUBRIC_LIMITS.name, false);
  const description = text('description', RUBRIC_LIMITS.description, true);
  const descriptionCy = text('descriptionCy', RUBRIC_LIMITS.description, false);
  const min = row.minScore.trim();
  const max = row.maxScore.trim();
  const weight = row.weight.trim();
  const minScore = WHOLE.test(min) ? Number(min) : NaN;
  const maxScore = WHOLE.test(max) ? Number(max) : NaN;
  const weightValue = DECIMAL.test(weight) ? Number(weight) : NaN;
  if (!(minScore >= 0 && minScore <= RUBRIC_LIMITS.minScore)) {
    errors.push(fieldError(id('minScore'), 'judging.rubric.errors.minScore', n));
  }
  if (!(maxScore >= 1 && maxScore <= RUBRIC_LIMITS.maxScore)) {
    errors.push(fieldError(id('maxScore'), 'judging.rubric.errors.maxScore', n));
  } else if (minScore >= maxScore) {
    errors.push(fieldError(id('maxScore'), 'judging.rubric.errors.maxAboveMin', n));
  }
  if (!(weightValue > 0 && weightValue <= RUBRIC_LIMITS.weight)) {
    errors.push(fieldError(id('weight'), 'judging.rubric.errors.weight', n));
  }
  return {
    name,
    nameCy: nameCy || null,
    description,
    descriptionCy: descriptionCy || null,
    minScore,
    maxScore,
    weight: weightValue,
  };
}

/** The rubric to save from the editor's rows, or the errors to fix first (one per field, in page order). */
export function rubricRequest(rows: readonly CriterionRow[]): {
  request: SetRubricRequest | null;
  errors: FormError[];
} {
  const errors: FormError[] = [];
  if (rows.length === 0) errors.push(fieldError(CRITERIA_FIELD_ID, 'judging.rubric.errors.none'));
  if (rows.length > RUBRIC_LIMITS.criteria) {
    errors.push(
      fieldError(CRITERIA_FIELD_ID, 'judging.rubric.errors.tooMany', { max: String(RUBRIC_LIMITS.criteria) }),
    );
  }
  const criteria = rows.map((row, i) => readRow(row, i, errors));
  const seen = new Map<string, number>();
  criteria.forEach((c, i) => {
    const key = c.name.toLocaleLowerCase('en-GB');
    if (!key) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else if (!errors.some((e) => e.field === criterionFieldId(i, 'name'))) {
      errors.push(
        fieldError(criterionFieldId(i, 'name'), 'judging.rubric.errors.duplicate', {
          number: String(i + 1),
          other: String(first + 1),
        }),
      );
    }
  });
  return errors.length ? { request: null, errors } : { request: { criteria }, errors: [] };
}

/** The input id for a field the API names (`criteria.2.maxScore`), or the list as a whole (`criteria`). */
export function rubricFieldIdFor(apiField: string): string | null {
  if (apiField === 'criteria') return CRITERIA_FIELD_ID;
  const m = /^criteria\.(\d+)\.(\w+)$/.exec(apiField);
  if (!m) return null;
  const field = m[2] as CriterionField;
  return CRITERION_FIELDS.includes(field) ? criterionFieldId(Number(m[1]), field) : `criterion-${m[1]}-name`;
}

/** The API's errors for a saved rubric, next to the fields they name. */
export function rubricApiErrors(error: ApiError): FormError[] {
  const ids = Object.fromEntries(
    Object.keys(error.fields ?? {})
      .map((f) => [f, rubricFieldIdFor(f)] as const)
      .filter((pair): pair is readonly [string, string] => pair[1] !== null),
  );
  return judgingErrors(error, ids);
}
