/**
 * A synthetic judged challenge with known true qualities, for the tests and `npm run bench:results`.
 * Judges differ in harshness (a per-judge offset) and add noise; supports and pairwise scores grow
 * with the true quality.
 */
import { assignJudges } from '../judging/assign-judges';
import { mulberry32 } from '../pairwise/synthetic';
import type { JudgeScoreInput, PrizeDefinition, RankingInput, RubricCriterionInput, VoteMeasure } from './types';

export type SyntheticChallengeOptions = {
  ideas: number;
  judges: number;
  criteria: number;
  /** Judges per idea, assigned with `assignJudges`; 'all' when every judge scores every idea. */
  judgesPerIdea: number | 'all';
  categories?: readonly string[];
  publicVoteWeight?: number;
  publicVoteMeasure?: VoteMeasure;
  seed?: number;
};

export type SyntheticChallenge = {
  input: RankingInput;
  prizes: PrizeDefinition[];
  /** True quality per idea in (0, 1), in the order of `input.ideas`. */
  quality: number[];
};

export function syntheticChallenge(options: SyntheticChallengeOptions): SyntheticChallenge {
  const random = mulberry32(options.seed ?? 2026);
  const categories = options.categories ?? ['transport', 'environment', 'community'];
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const ideaIds = Array.from({ length: options.ideas }, (_, i) => `idea-${pad(i, 5)}`);
  const judgeIds = Array.from({ length: options.judges }, (_, j) => `judge ${j + 1}`);
  const criteria: RubricCriterionInput[] = Array.from({ length: options.criteria }, (_, c) => ({
    id: `criterion-${c + 1}`,
    weight: 1 + (c % 3),
    minScore: c % 2,
    maxScore: c % 2 === 0 ? 10 : 5,
  }));
  const quality = ideaIds.map(() => 0.15 + 0.7 * random());
  const harshness = judgeIds.map(() => (random() - 0.5) * 0.4);

  let pairs: { judge: string; idea: number }[];
  if (options.judgesPerIdea === 'all') {
    pairs = ideaIds.flatMap((_, idea) => judgeIds.map((judge) => ({ judge, idea })));
  } else {
    const result = assignJudges({
      ideas: ideaIds,
      judges: judgeIds,
      conflicts: [],
      judgesPerIdea: options.judgesPerIdea,
    });
    if (!result.ok) throw new Error(result.message);
    const index = new Map(ideaIds.map((id, i) => [id, i]));
    pairs = result.assignments.map((a) => ({ judge: a.judgeId, idea: index.get(a.ideaId) ?? 0 }));
  }

  const judgeIndex = new Map(judgeIds.map((id, j) => [id, j]));
  const scores = new Array<JudgeScoreInput>(pairs.length * criteria.length);
  let s = 0;
  for (const { judge, idea } of pairs) {
    const bias = harshness[judgeIndex.get(judge) ?? 0];
    for (const c of criteria) {
      const level = Math.min(1, Math.max(0, quality[idea] + bias + (random() - 0.5) * 0.3));
      scores[s++] = {
        judge,
        ideaId: ideaIds[idea],
        criterionId: c.id,
        score: Math.round(c.minScore + level * (c.maxScore - c.minScore)),
      };
    }
  }

  const votes = ideaIds.map((ideaId, i) => ({
    ideaId,
    voteCount: Math.floor(200 * quality[i] * random()),
    pairwiseScore: i % 17 === 0 ? null : Math.min(0.99, Math.max(0.01, quality[i] + (random() - 0.5) * 0.2)),
  }));

  const prizes: PrizeDefinition[] = [
    { id: 'prize-1st', amountPence: 500_000, count: 1, category: null, peoplesChoice: false, position: 0 },
    { id: 'prize-2nd', amountPence: 250_000, count: 2, category: null, peoplesChoice: false, position: 1 },
    ...categories.map((category, c) => ({
      id: `prize-${category}`,
      amountPence: 100_000,
      count: 1,
      category,
      peoplesChoice: false,
      position: 2 + c,
    })),
    {
      id: 'prize-peoples-choice',
      amountPence: 100_000,
      count: 1,
      category: null,
      peoplesChoice: true,
      position: 2 + categories.length,
    },
  ];

  return {
    input: {
      criteria,
      scores,
      ideas: ideaIds.map((ideaId, i) => ({ ideaId, category: categories[i % categories.length] ?? null })),
      votes,
      publicVoteWeight: options.publicVoteWeight ?? 0.3,
      publicVoteMeasure: options.publicVoteMeasure ?? 'supports',
    },
    prizes,
    quality,
  };
}
