import type { AssignmentStatus, ScoreInput } from '@challenge/contract';
import { ChallengeTimeline, challengeState } from '@challenge/domain';

/** Why judges cannot score now, or null when judging is open. */
export type JudgingClosedReason = 'not_confirmed' | 'not_open_yet' | 'closed' | null;

const ms = (iso: string | null | undefined): number | undefined => (iso ? Date.parse(iso) : undefined);

/**
 * Judges score while the challenge is in its judging state (published, submissions closed, the
 * shortlist confirmed or the judging stage begun, results not yet published) and inside the
 * judging window when one is set: from `judging.opensAt` until `judging.closesAt` (exclusive).
 */
export function judgingClosedReason(t: ChallengeTimeline, now: Date): JudgingClosedReason {
  const at = now.getTime();
  if (!t.shortlistConfirmedAt) return 'not_confirmed';
  const opens = ms(t.stages.judging?.opensAt);
  const closes = ms(t.stages.judging?.closesAt);
  if (closes !== undefined && at >= closes) return 'closed';
  const state = challengeState(t, now);
  if (state === 'results_published' || state === 'closed') return 'closed';
  if (state !== 'judging' || (opens !== undefined && at < opens)) return 'not_open_yet';
  return null;
}

export const JUDGING_CLOSED_MESSAGES: Record<Exclude<JudgingClosedReason, null>, string> = {
  not_confirmed: 'Judging has not started: the shortlist is not confirmed yet',
  not_open_yet: 'Judging has not opened yet',
  closed: 'Judging has closed',
};

export function assignmentStatus(a: {
  submittedAt: Date | null;
  scored: number;
  reopenedAt: Date | null;
}): AssignmentStatus {
  if (a.submittedAt) return 'submitted';
  return a.scored > 0 || a.reopenedAt ? 'in_progress' : 'not_started';
}

export type CriterionRange = { id: string; name: string; minScore: number; maxScore: number };
export type ScoreProblem = {
  field: string;
  message: string;
  code: 'unknown_criterion' | 'duplicate_criterion' | 'score_out_of_range';
};

/** Every problem with a set of scores against a rubric, each naming the criterion; empty when all is well. */
export function scoreProblems(criteria: CriterionRange[], scores: ScoreInput[]): ScoreProblem[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const problems: ScoreProblem[] = [];
  scores.forEach((s, i) => {
    const field = `scores.${i}`;
    const criterion = byId.get(s.criterionId);
    if (!criterion) {
      problems.push({
        field: `${field}.criterionId`,
        code: 'unknown_criterion',
        message: `scores.${i}: criterion ${s.criterionId} is not part of this challenge’s rubric`,
      });
    } else if (seen.has(s.criterionId)) {
      problems.push({
        field: `${field}.criterionId`,
        code: 'duplicate_criterion',
        message: `“${criterion.name}” is scored more than once`,
      });
    } else if (!Number.isInteger(s.score) || s.score < criterion.minScore || s.score > criterion.maxScore) {
      problems.push({
        field: `${field}.score`,
        code: 'score_out_of_range',
        message: `The score for “${criterion.name}” must be a whole number from ${criterion.minScore} to ${criterion.maxScore}`,
      });
    }
    seen.add(s.criterionId);
  });
  return problems;
}

/** The criteria without a saved score, in rubric order. */
export const unscoredCriteria = <C extends { id: string }>(criteria: C[], scoredIds: Iterable<string>): C[] => {
  const scored = new Set(scoredIds);
  return criteria.filter((c) => !scored.has(c.id));
};
