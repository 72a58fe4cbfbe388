/** A support vote as its voter sees it (no other route says who voted for what). */
export type Vote = { ideaId: string; challengeId: string; createdAt: string };

/** The answer to PUT /ideas/:id/vote: 201 for a new vote, 200 when it already existed. */
export type VoteReceipt = { vote: Vote; allowance: number; used: number; remaining: number };

/** `invalidated`: the council set this vote aside as suspicious; it still uses the allowance and cannot be withdrawn. */
export type MyVote = { ideaId: string; title: string; createdAt: string; invalidated: boolean };

/** GET /challenges/:id/my-votes: the caller's own votes and what is left of their allowance. */
export type MyVotes = { allowance: number; used: number; remaining: number; votes: MyVote[] };

/** Which public-vote methods a challenge uses, and which one feeds the final ranking. */
export type PublicVoteMeasure = 'supports' | 'pairwise';
export type VotingSettingsView = {
  supportVoting: boolean;
  pairwiseVoting: boolean;
  publicVoteMeasure: PublicVoteMeasure;
  voteAllowance: number;
  allowSelfVotes: boolean;
};

/** An idea as shown in a pair: enough to choose, no author. */
export type PairIdea = {
  id: string;
  title: string;
  summary: string;
  category: string | null;
};

/**
 * GET /challenges/:id/pairs/next. `pairId` is signed by the server (it names the challenge, the
 * caller and the two ideas, and expires); `pair` is null when the caller has answered every pair.
 */
export type NextPair = {
  pairId: string | null;
  pair: [PairIdea, PairIdea] | null;
  /** Answers (including skips) the caller has given in this challenge. */
  answered: number;
};

/** POST /challenges/:id/pairs: the winner, or `skip: true` for "can't decide". */
export type PairAnswerRequest = { pairId: string; winnerIdeaId?: string; skip?: boolean };
export type PairAnswerResponse = { recorded: boolean; answered: number };

/** One idea's pairwise score: the chance it beats a randomly chosen other idea, with a 95% interval. */
export type PairwiseScore = {
  ideaId: string;
  title: string;
  score: number;
  low: number;
  high: number;
  comparisons: number;
  wins: number;
};
/** GET /challenges/:id/pairwise-scores (public while voting is open and after). */
export type PairwiseScores = { comparisons: number; scores: PairwiseScore[] };

/**
 * Kinds of suspicious voting the platform flags for a council admin. `pairwise_network_burst` is
 * a burst of pairwise answers (with a winner) from one network: its `voteCount` counts answers and
 * its `ideas[].votes` counts the answers each idea won.
 */
export type VoteFlagKind = 'network_burst' | 'new_account_burst' | 'identical_sets' | 'pairwise_network_burst';
export type VoteFlagStatus = 'open' | 'invalidated' | 'partly_invalidated';

/**
 * A group of votes that looks suspicious. `id` is stable for the same group (kind + key), so an
 * admin's decision can refer to it. Voters appear only as pseudonyms ("voter 1"…), never names.
 */
export type VoteFlag = {
  id: string;
  kind: VoteFlagKind;
  /** Plain-English explanation, e.g. "42 votes from one network within 10 minutes". */
  summary: string;
  firstVoteAt: string;
  lastVoteAt: string;
  voteCount: number;
  invalidatedCount: number;
  status: VoteFlagStatus;
  ideas: { ideaId: string; title: string; votes: number }[];
};
export type VoteFlagList = { flags: VoteFlag[]; invalidatedVotes: number };

/** POST /challenges/:id/vote-flags/:flagId/invalidate and …/restore. */
export type VoteFlagDecisionRequest = { reason: string };
export type VoteFlagDecisionResponse = { flag: VoteFlag; changedVotes: number };
