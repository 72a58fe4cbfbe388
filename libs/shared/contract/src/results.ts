import type { PublicVoteMeasure } from './votes';

/** Results: panel scores, the combined ranking, prizes, the method and open data. */

export type JudgeScoreRow = {
  /** "judge 1", "judge 2"…: stable within a challenge, never a name. */
  judge: string;
  /** Weighted rubric total on the 0–100 scale. */
  total: number;
  /** z-score of `total` among that judge's assigned ideas. */
  normalised: number;
  criteria: { criterionId: string; score: number }[];
};
export type RankedIdea = {
  ideaId: string;
  title: string;
  category: string | null;
  rank: number;
  /** Mean of the judges' normalised totals (z). */
  panelScore: number;
  /** Mean raw weighted total (0–100), shown beside the normalised one. */
  panelRawAverage: number;
  /** Public vote share in [0, 1] (supports share, or pairwise score). */
  publicScore: number;
  voteCount: number;
  pairwiseScore: number | null;
  /** Final combined score used for the ranking. */
  finalScore: number;
  judgeCount: number;
  flags: ('tie' | 'disagreement' | 'too_few_judges')[];
  judges: JudgeScoreRow[];
};
export type PrizeAward = {
  prizeId: string;
  prizeName: string;
  prizeNameCy: string | null;
  slot: number;
  tier: 'overall' | 'category' | 'peoples_choice';
  category: string | null;
  ideaId: string | null;
  ideaTitle: string | null;
  amountPence: number;
  overridden: boolean;
  overrideReason: string | null;
};
export type ResultsMethod = {
  criteria: { name: string; nameCy: string | null; weight: number; minScore: number; maxScore: number }[];
  judgeCount: number;
  judgesPerIdea: number | null;
  normalisation: 'z-score per judge';
  panelWeight: number;
  publicVoteWeight: number;
  publicVoteMeasure: PublicVoteMeasure;
  /** The formula in words, English and Welsh. */
  formula: string;
  formulaCy: string;
  conflictsHandled: number;
  disagreementThreshold: number;
  overrides: { prizeName: string; ideaTitle: string | null; reason: string }[];
};
/** GET /challenges/:id/results: admins before publishing, everyone after. */
export type Results = {
  challengeId: string;
  status: 'draft' | 'confirmed' | 'published';
  confirmedAt: string | null;
  publishedAt: string | null;
  /**
   * True when confirmed results (not yet published) were computed from inputs that have changed
   * since (a score submitted or reopened, votes invalidated, a conflict recorded…): publishing is
   * refused (409 results_stale) until they are previewed and confirmed again. Always false otherwise.
   */
  stale: boolean;
  ranking: RankedIdea[];
  awards: PrizeAward[];
  method: ResultsMethod;
};
/** POST /challenges/:id/results/awards/:prizeId/:slot/override (admins). */
export type OverrideAwardRequest = { ideaId: string; reason: string };

export type ImplementationStatus = 'planned' | 'in_progress' | 'completed' | 'stopped';
export type ImplementationUpdateInput = {
  status: ImplementationStatus;
  body: string;
  bodyCy?: string | null;
  spendPence?: number | null;
};
export type ImplementationUpdate = Required<ImplementationUpdateInput> & {
  id: string;
  ideaId: string;
  ideaTitle: string;
  createdAt: string;
};

/**
 * GET /challenges/:id/export.json (Open Government Licence v3.0): everything needed to recompute
 * the published ranking (tools/recompute-results.ts does). Voters and judges are never named:
 * votes are counts, judges are "judge 1", "judge 2"…
 */
export type OpenDataExport = {
  licence: 'Open Government Licence v3.0';
  licenceUrl: string;
  generatedAt: string;
  challenge: {
    id: string;
    slug: string;
    title: string;
    resultsPublishedAt: string | null;
    publicVoteWeight: number;
    publicVoteMeasure: PublicVoteMeasure;
  };
  criteria: { id: string; name: string; weight: number; minScore: number; maxScore: number }[];
  prizes: {
    id: string;
    name: string;
    amountPence: number;
    count: number;
    category: string | null;
    peoplesChoice: boolean;
    position: number;
  }[];
  ideas: {
    id: string;
    title: string;
    category: string | null;
    /** Public, staff…: a category prize can be for an entrant category, so recomputing needs it. */
    entrantCategory: string | null;
    shortlisted: boolean;
    voteCount: number;
    pairwiseScore: number | null;
    comparisons: number;
  }[];
  /** Submitted scores only. */
  judgeScores: { judge: string; ideaId: string; criterionId: string; score: number }[];
  conflictsHandled: number;
  results: {
    ideaId: string;
    rank: number;
    panelScore: number;
    panelRawAverage: number;
    publicScore: number;
    finalScore: number;
  }[];
  awards: {
    prizeId: string;
    slot: number;
    ideaId: string | null;
    amountPence: number;
    overridden: boolean;
    overrideReason: string | null;
  }[];
};
