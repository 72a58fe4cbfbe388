/**
 * The domain's own input and output types for results. They mirror the contract's `RankedIdea`,
 * `PrizeAward` and `OpenDataExport` structurally (the contract library depends on this one, so
 * this one cannot import it); the API maps between them.
 */

/** Which public vote feeds the final ranking (same literals as the contract's `PublicVoteMeasure`). */
export type VoteMeasure = 'supports' | 'pairwise';

export type RubricCriterionInput = { id: string; weight: number; minScore: number; maxScore: number };

/** One submitted score. `judge` is any stable label (a user id in the API, "judge 1" in the export). */
export type JudgeScoreInput = { judge: string; ideaId: string; criterionId: string; score: number };

/**
 * A shortlisted idea. `entrantCategory` (public / staff) is optional: a category prize matches an
 * idea whose `category` or `entrantCategory` equals the prize's category.
 */
export type ShortlistedIdeaInput = { ideaId: string; category: string | null; entrantCategory?: string | null };

/** The public vote of one shortlisted idea: valid supports, and the Bradley–Terry score if any. */
export type PublicVoteInput = { ideaId: string; voteCount: number; pairwiseScore: number | null };

export type RankingInput = {
  criteria: readonly RubricCriterionInput[];
  /** Submitted scores only. Scores for ideas not shortlisted or criteria not in the rubric are ignored. */
  scores: readonly JudgeScoreInput[];
  ideas: readonly ShortlistedIdeaInput[];
  /** Ideas without a row count as 0 supports and no pairwise score. */
  votes: readonly PublicVoteInput[];
  /** w in [0, 1]: final = (1 − w) · panel + w · public. */
  publicVoteWeight: number;
  publicVoteMeasure: VoteMeasure;
  /** Spread of an idea's normalised judge scores (z units) above which it is flagged. Default 2. */
  disagreementThreshold?: number;
  /** Final scores this close (or closer) are a tie. Default 1e-9. */
  tieEpsilon?: number;
};

export type ResultFlag = 'tie' | 'disagreement' | 'too_few_judges';

export type JudgeTotal = {
  judge: string;
  /** Weighted rubric total on the 0–100 scale. */
  total: number;
  /** z-score of `total` among that judge's scored ideas. */
  normalised: number;
  /** The judge's scores, in rubric order. */
  criteria: { criterionId: string; score: number }[];
};

export type RankingRow = {
  ideaId: string;
  category: string | null;
  entrantCategory: string | null;
  /** 1, 2, 3…: distinct positions in the published order (tied ideas are flagged, not given equal ranks). */
  rank: number;
  /** Mean of the judges' normalised totals (z); 0 when no judge scored the idea. */
  panelScore: number;
  /** `panelScore` min–max scaled over the shortlist to [0, 1] (0.5 for all when every panel score is equal). */
  panelScaled: number;
  /** Mean raw weighted total (0–100); 0 when no judge scored the idea. */
  panelRawAverage: number;
  /** The public vote on [0, 1]: supports ÷ most supports, or the pairwise score (0.5 when none). */
  publicScore: number;
  voteCount: number;
  pairwiseScore: number | null;
  /** (1 − w) · panelScaled + w · publicScore. */
  finalScore: number;
  judgeCount: number;
  /** Largest minus smallest normalised judge score (0 with fewer than two judges). */
  spread: number;
  flags: ResultFlag[];
  /** Ordered by judge label ("judge 2" before "judge 10"). */
  judges: JudgeTotal[];
};

export type Ranking = {
  rows: RankingRow[];
  publicVoteWeight: number;
  publicVoteMeasure: VoteMeasure;
  disagreementThreshold: number;
  tieEpsilon: number;
  /** Distinct judges with at least one complete, counted score set. */
  judgeCount: number;
  /** Judge–idea score sets left out because they did not cover every criterion. */
  incompleteScoreSets: number;
};

export type PrizeDefinition = {
  id: string;
  /** Per slot: a prize with count 3 pays `amountPence` three times. */
  amountPence: number;
  count: number;
  category: string | null;
  peoplesChoice: boolean;
  position: number;
};

export type PrizeTier = 'overall' | 'category' | 'peoples_choice';

export type PrizeAllocation = {
  prizeId: string;
  /** 0-based slot within the prize (0 … count − 1). */
  slot: number;
  tier: PrizeTier;
  category: string | null;
  /** null when there are not enough eligible ideas for this slot. */
  ideaId: string | null;
  amountPence: number;
  /** True when the winner of this slot was separated from another eligible idea only by a tie-break. */
  tieBreak: boolean;
};
