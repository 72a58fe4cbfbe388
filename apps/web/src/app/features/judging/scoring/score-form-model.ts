import type { ApiError, Criterion, Score, ScoreInput } from '@challenge/contract';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { judgingErrors } from '../common/judging-errors';
import { LIMITS } from '@challenge/contract';

/** Ranges with at most this many scores are offered as radios; wider ones as a number input. */
export const MAX_RADIOS = 11;

/** What a judge has typed or chosen for one criterion. */
export type ScoreValue = { score: string; comment: string };
export type ScoreValues = Record<string, ScoreValue>;

/** The input of a criterion's score (the first radio, for a radio group): error summary links point here. */
export const scoreFieldId = (criterionId: string): string => `score-${criterionId}`;
export const commentFieldId = (criterionId: string): string => `comment-${criterionId}`;

export const usesRadios = (c: Pick<Criterion, 'minScore' | 'maxScore'>): boolean =>
  c.maxScore - c.minScore + 1 <= MAX_RADIOS;

/** The scores a criterion can be given, lowest first. */
export const scoreOptions = (c: Pick<Criterion, 'minScore' | 'maxScore'>): number[] =>
  Array.from({ length: c.maxScore - c.minScore + 1 }, (_, i) => c.minScore + i);

/** The form filled in from the saved scores. */
export function valuesOf(criteria: readonly Criterion[], scores: readonly Score[]): ScoreValues {
  const saved = new Map(scores.map((s) => [s.criterionId, s]));
  return Object.fromEntries(
    criteria.map((c) => {
      const s = saved.get(c.id);
      return [c.id, { score: s ? String(s.score) : '', comment: s?.comment ?? '' }];
    }),
  );
}

type Named = Pick<Criterion, 'id' | 'minScore' | 'maxScore'>;

/**
 * The scores to save, or the errors to show first. Saving may leave criteria unscored; submitting
 * (`complete`) may not. A comment is saved with its criterion's score, so it needs one.
 */
export function scoresToSave(
  criteria: readonly Named[],
  values: ScoreValues,
  complete: boolean,
  nameOf: (c: Named) => string,
): { scores: ScoreInput[]; errors: FormError[] } {
  const scores: ScoreInput[] = [];
  const errors: FormError[] = [];
  for (const c of criteria) {
    const name = nameOf(c);
    const score = (values[c.id]?.score ?? '').trim();
    const comment = (values[c.id]?.comment ?? '').trim();
    const range = { name, min: String(c.minScore), max: String(c.maxScore) };
    if (!score) {
      if (complete) errors.push(fieldError(scoreFieldId(c.id), 'judging.score.errors.required', range));
      else if (comment) errors.push(fieldError(scoreFieldId(c.id), 'judging.score.errors.commentNeedsScore', range));
      continue;
    }
    const value = /^-?\d{1,4}$/.test(score) ? Number(score) : NaN;
    if (!(value >= c.minScore && value <= c.maxScore)) {
      errors.push(fieldError(scoreFieldId(c.id), 'judging.score.errors.range', range));
      continue;
    }
    if (comment.length > LIMITS.scoreComment) {
      errors.push(
        fieldError(commentFieldId(c.id), 'judging.score.errors.commentTooLong', {
          name,
          max: String(LIMITS.scoreComment),
        }),
      );
      continue;
    }
    scores.push({ criterionId: c.id, score: value, comment });
  }
  if (!errors.length && !scores.length) errors.push(fieldError(null, 'judging.score.errors.nothing'));
  return errors.length ? { scores: [], errors } : { scores, errors: [] };
}

/**
 * The API's errors for saved or submitted scores, next to the criteria they name: `scores.<i>.score`
 * (the i-th score sent) and `criterion.<id>` (unscored when submitting).
 */
export function scoringApiErrors(
  error: ApiError,
  sent: readonly ScoreInput[],
  criteria: readonly Named[],
  nameOf: (c: Named) => string,
): FormError[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const mapped: FormError[] = [];
  for (const field of Object.keys(error.fields ?? {})) {
    const sentScore = /^scores\.(\d+)\.score$/.exec(field);
    const missing = /^criterion\.(.+)$/.exec(field);
    const id = sentScore ? sent[Number(sentScore[1])]?.criterionId : missing?.[1];
    const c = id ? byId.get(id) : undefined;
    if (!c) continue;
    const range = { name: nameOf(c), min: String(c.minScore), max: String(c.maxScore) };
    mapped.push(
      fieldError(scoreFieldId(c.id), sentScore ? 'judging.score.errors.range' : 'judging.score.errors.required', range),
    );
  }
  return mapped.length ? mapped : judgingErrors(error);
}
