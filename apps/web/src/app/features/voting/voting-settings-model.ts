import type { Challenge, CreateChallengeRequest, PublicVoteMeasure } from '@challenge/contract';
import { FormError, fieldError } from '../../shared/forms/form-errors';

/** The challenge form's public-vote and blind-review inputs, as the inputs hold them. */
export type VotingFormValue = {
  supportVoting: boolean;
  pairwiseVoting: boolean;
  publicVoteMeasure: PublicVoteMeasure;
  voteAllowance: string;
  allowSelfVotes: boolean;
  blindReview: boolean;
};

export type VotingBody = Pick<
  CreateChallengeRequest,
  'supportVoting' | 'pairwiseVoting' | 'publicVoteMeasure' | 'voteAllowance' | 'allowSelfVotes' | 'blindReview'
>;

export const VOTING_KEYS = [
  'supportVoting',
  'pairwiseVoting',
  'publicVoteMeasure',
  'voteAllowance',
  'allowSelfVotes',
] as const satisfies readonly (keyof VotingBody)[];

/** The database's defaults: support voting with 5 votes each, no self-votes, blind review on. */
export const emptyVotingValue = (): VotingFormValue => ({
  supportVoting: true,
  pairwiseVoting: false,
  publicVoteMeasure: 'supports',
  voteAllowance: '5',
  allowSelfVotes: false,
  blindReview: true,
});

export const votingValueOf = (c: Pick<Challenge, 'voting' | 'blindReview'>): VotingFormValue => ({
  supportVoting: c.voting.supportVoting,
  pairwiseVoting: c.voting.pairwiseVoting,
  publicVoteMeasure: c.voting.publicVoteMeasure,
  voteAllowance: String(c.voting.voteAllowance),
  allowSelfVotes: c.voting.allowSelfVotes,
  blindReview: c.blindReview,
});

/**
 * The request fields for the voting settings, or the errors to show. With one method chosen, the
 * measure is that method; the radios only matter (and are only shown) when both are chosen.
 */
export function votingBody(v: VotingFormValue): { body: VotingBody; errors: FormError[] } {
  const errors: FormError[] = [];
  if (!v.supportVoting && !v.pairwiseVoting) errors.push(fieldError('supportVoting', 'voting.settings.errors.method'));
  const measure: PublicVoteMeasure =
    v.supportVoting && v.pairwiseVoting ? v.publicVoteMeasure : v.pairwiseVoting ? 'pairwise' : 'supports';
  const text = v.voteAllowance.trim();
  const allowance = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  const allowanceOk = allowance >= 1 && allowance <= 100;
  // The allowance only applies to support voting; a bad one is only an error when it is in use.
  if (v.supportVoting && !allowanceOk) errors.push(fieldError('voteAllowance', 'voting.settings.errors.allowance'));
  const body: VotingBody = {
    supportVoting: v.supportVoting,
    pairwiseVoting: v.pairwiseVoting,
    publicVoteMeasure: measure,
    allowSelfVotes: v.allowSelfVotes,
    blindReview: v.blindReview,
  };
  if (allowanceOk) body.voteAllowance = allowance;
  return { body, errors };
}

const started = (iso: string | null | undefined, now: number): boolean => !!iso && Date.parse(iso) <= now;

/** Voting settings are frozen once voting opens; blind review once judging opens. */
export const frozenSettings = (
  saved: Pick<Challenge, 'stages'> | null,
  now: number,
): { voting: boolean; judging: boolean } => ({
  voting: started(saved?.stages.voting.opensAt, now),
  judging: started(saved?.stages.judging.opensAt, now),
});

/** An update leaves out the settings that can no longer change, so editing the rest still works. */
export function withoutFrozen<T extends VotingBody>(body: T, frozen: { voting: boolean; judging: boolean }): T {
  const copy: T = { ...body };
  if (frozen.voting) for (const key of VOTING_KEYS) delete copy[key];
  if (frozen.judging) delete copy.blindReview;
  return copy;
}

/** The input id for an API field of the voting settings, or null when it is not one of them. */
export function votingFieldId(apiField: string): string | null {
  const ids: Record<string, string> = {
    supportVoting: 'supportVoting',
    pairwiseVoting: 'supportVoting',
    publicVoteMeasure: 'publicVoteMeasure',
    voteAllowance: 'voteAllowance',
    allowSelfVotes: 'allowSelfVotes',
    blindReview: 'blindReview',
  };
  return ids[apiField] ?? null;
}
