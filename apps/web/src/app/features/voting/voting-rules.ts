import type { ApiError, Challenge } from '@challenge/contract';
import { isUnavailable } from '../../shared/forms/api-errors';
import type { Notice } from '../../shared/success-banner';

/** Where a challenge's public vote stands now, for what the vote buttons say instead of themselves. */
export type VotingPhase =
  | { kind: 'open' }
  | { kind: 'notYet'; opensAt: string }
  | { kind: 'closed'; closedAt: string | null }
  | { kind: 'none' };

/** The API's `open.voting` decides "open"; the voting stage's dates tell "not yet" from "closed". */
export function votingPhase(challenge: Pick<Challenge, 'open' | 'stages'>, now: number): VotingPhase {
  if (challenge.open.voting) return { kind: 'open' };
  const { opensAt, closesAt } = challenge.stages.voting;
  if (!opensAt) return { kind: 'none' };
  if (Date.parse(opensAt) > now) return { kind: 'notYet', opensAt };
  return { kind: 'closed', closedAt: closesAt };
}

/** Translation keys for the voting routes' error codes (votes, pairs and flags). */
const CODES: Record<string, string> = {
  voting_closed: 'voting.errors.votingClosed',
  email_unverified: 'voting.errors.emailUnverified',
  email_not_verified: 'voting.errors.emailUnverified',
  own_idea: 'voting.errors.ownIdea',
  allowance_exhausted: 'voting.errors.allowanceExhausted',
  idea_not_listed: 'voting.errors.ideaNotListed',
  voting_unavailable: 'voting.errors.votingUnavailable',
  vote_invalidated: 'voting.errors.voteInvalidated',
  results_published: 'voting.errors.resultsPublished',
  pairwise_disabled: 'voting.errors.pairwiseDisabled',
  pair_invalid: 'voting.errors.pairInvalid',
  winner_not_in_pair: 'voting.errors.pairInvalid',
};

/** The translated message for a failed vote, withdrawal, comparison or flag decision. */
export function votingErrorKey(error: ApiError): string {
  const known = error.code ? CODES[error.code] : undefined;
  if (known) return known;
  if (isUnavailable(error)) return 'common.serviceUnavailable';
  if (error.statusCode === 401) return 'voting.errors.signedOut';
  if (error.statusCode === 403 || error.statusCode === 404) return 'voting.errors.notFound';
  if (error.statusCode === 429) return 'voting.errors.tooMany';
  return 'voting.errors.failed';
}

/** "You have 3 of 5 votes left", with the wording that fits the numbers. */
export function allowanceNotice(votes: { allowance: number; remaining: number }): Notice {
  const params = { remaining: String(votes.remaining), allowance: String(votes.allowance) };
  if (votes.remaining <= 0) return { key: 'voting.allowance.none', params };
  if (votes.remaining === 1) return { key: 'voting.allowance.one', params };
  return { key: 'voting.allowance.some', params };
}

/** What a vote control shows instead of (or as) its button. */
export type VoteControlView =
  | 'hidden'
  | 'notYet'
  | 'closed'
  | 'checking'
  | 'signedOut'
  | 'unverified'
  | 'own'
  | 'loading'
  | 'failed'
  | 'ready';

export type VoteControlFacts = {
  supportVoting: boolean;
  phase: VotingPhase;
  /** False until the session has been asked who is signed in. */
  sessionChecked: boolean;
  signedIn: boolean;
  emailVerified: boolean;
  ownIdea: boolean;
  allowSelfVotes: boolean;
  votes: 'loading' | 'failed' | 'ready' | undefined;
};

/** The state of a vote control: each reason not to offer the button, in the order a person would want to hear it. */
export function voteControlView(f: VoteControlFacts): VoteControlView {
  if (!f.supportVoting || f.phase.kind === 'none') return 'hidden';
  if (f.phase.kind === 'notYet') return 'notYet';
  if (f.phase.kind === 'closed') return 'closed';
  if (!f.sessionChecked) return 'checking';
  if (!f.signedIn) return 'signedOut';
  if (!f.emailVerified) return 'unverified';
  if (f.ownIdea && !f.allowSelfVotes) return 'own';
  if (f.votes === 'ready' || f.votes === 'failed') return f.votes;
  return 'loading';
}

/** A pairwise score (a chance from 0 to 1) as a whole percentage: 0.625 → "63%". */
export const scorePercent = (score: number): string => `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
