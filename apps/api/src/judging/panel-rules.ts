import type { ShortlistRule } from '@challenge/contract';
import type { ChallengeEntity } from '../challenges/challenge.entity';

export { judgingHasOpened } from '../challenges/challenge-timeline';

/** A shortlist can be confirmed once submissions and the public vote are over. */
export function confirmTooEarly(challenge: ChallengeEntity, now: Date): string | null {
  const t = now.getTime();
  const submissionsClose = challenge.submissionsClosesAt?.getTime();
  if (submissionsClose === undefined || submissionsClose > t) {
    return 'The shortlist can be confirmed only after submissions have closed';
  }
  if (
    challenge.votingOpensAt !== null &&
    (challenge.votingClosesAt === null || challenge.votingClosesAt.getTime() > t)
  ) {
    return 'The shortlist can be confirmed only after the public vote has closed';
  }
  return null;
}

export type Candidate = {
  id: string;
  category: string | null;
  voteCount: number;
  pairwiseScore: number | null;
  /** For ties: the earlier submission ranks first, then the smaller id. */
  submittedAt: Date;
};

const byRule =
  (rule: ShortlistRule) =>
  (a: Candidate, b: Candidate): number => {
    const primary = rule === 'top_votes' ? b.voteCount - a.voteCount : (b.pairwiseScore ?? 0) - (a.pairwiseScore ?? 0);
    if (primary !== 0) return primary;
    const secondary = rule === 'top_votes' ? 0 : b.voteCount - a.voteCount;
    if (secondary !== 0) return secondary;
    const time = a.submittedAt.getTime() - b.submittedAt.getTime();
    if (time !== 0) return time;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

/**
 * The top `count` candidates by the rule, overall or in each category (the challenge's categories
 * in order, then ideas without a category). Ties are broken by the other measure (for pairwise),
 * then by the earlier submission, so the proposal is deterministic.
 */
export function proposeShortlist(
  candidates: readonly Candidate[],
  rule: ShortlistRule,
  count: number,
  perCategory: boolean,
  categories: readonly string[],
): Candidate[] {
  const ranked = [...candidates].sort(byRule(rule));
  if (!perCategory) return ranked.slice(0, count);
  const extra = [...new Set(ranked.map((c) => c.category))].filter(
    (c): c is string => c !== null && !categories.includes(c),
  );
  const groups: (string | null)[] = [...categories, ...extra, null];
  return groups.flatMap((group) => ranked.filter((c) => c.category === group).slice(0, count));
}

export type CriterionValues = { name: string; minScore: number; maxScore: number };
export type FieldProblems = Record<string, string[]>;

/** Problems across criteria that field validation cannot see: ranges and unique names. */
export function rubricProblems(criteria: readonly CriterionValues[]): FieldProblems {
  const problems: FieldProblems = {};
  const seen = new Map<string, number>();
  criteria.forEach((c, i) => {
    if (c.minScore >= c.maxScore) {
      problems[`criteria.${i}.maxScore`] = [
        `criteria.${i}.maxScore must be greater than minScore (${c.minScore}); got ${c.maxScore}`,
      ];
    }
    const key = c.name.trim().toLocaleLowerCase('en-GB');
    const first = seen.get(key);
    if (first !== undefined) {
      problems[`criteria.${i}.name`] = [
        `criteria.${i}.name must be unique: “${c.name.trim()}” is also criterion ${first + 1}`,
      ];
    } else seen.set(key, i);
  });
  return problems;
}
