import type { ApiError, Challenge } from '@challenge/contract';
import { en } from '../../translations/en';
import { cy } from '../../translations/cy';
import {
  VoteControlFacts,
  allowanceNotice,
  scorePercent,
  voteControlView,
  votingErrorKey,
  votingPhase,
} from './voting-rules';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const challenge = (voting: boolean, opensAt: string | null, closesAt: string | null) =>
  ({
    open: { submissions: false, voting },
    stages: { voting: { opensAt, closesAt } },
  }) as unknown as Pick<Challenge, 'open' | 'stages'>;
const error = (statusCode: number, code?: string): ApiError => ({ statusCode, error: 'x', message: 'x', code });

/** The English text of a translation key, with its parameters filled in. */
const english = (key: string, params: Record<string, string> = {}): string => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;
  return text.replace(/{{(\w+)}}/g, (_, name: string) => params[name] ?? `?${name}`);
};
const welshHas = (key: string): boolean =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], cy) === 'string';

describe('voting phase', () => {
  it('is open when the API says so, whatever the dates', () => {
    expect(votingPhase(challenge(true, '2026-06-01T09:00:00Z', null), NOW)).toEqual({ kind: 'open' });
  });

  it('tells "not yet" (with the date) from "closed", and a challenge without a vote', () => {
    expect(votingPhase(challenge(false, '2026-06-01T09:00:00Z', '2026-07-01T09:00:00Z'), NOW)).toEqual({
      kind: 'notYet',
      opensAt: '2026-06-01T09:00:00Z',
    });
    expect(votingPhase(challenge(false, '2026-03-01T09:00:00Z', '2026-04-01T09:00:00Z'), NOW)).toEqual({
      kind: 'closed',
      closedAt: '2026-04-01T09:00:00Z',
    });
    expect(votingPhase(challenge(false, null, null), NOW)).toEqual({ kind: 'none' });
  });
});

describe('voting error messages', () => {
  it('gives every voting error code the API sends its own translated message', () => {
    const codes: [number, string][] = [
      [409, 'voting_closed'],
      [403, 'email_unverified'],
      [403, 'own_idea'],
      [409, 'allowance_exhausted'],
      [409, 'idea_not_listed'],
      [503, 'voting_unavailable'],
      [409, 'pairwise_disabled'],
      [400, 'pair_invalid'],
      [400, 'winner_not_in_pair'],
      [409, 'vote_invalidated'],
      [409, 'results_published'],
    ];
    const keys = codes.map(([status, code]) => votingErrorKey(error(status, code)));
    expect(keys.every((k) => k.startsWith('voting.errors.'))).toBe(true);
    expect(new Set(keys.slice(0, 7)).size).toBe(7);
    expect(keys.every(welshHas)).toBe(true);
    expect(english(votingErrorKey(error(409, 'allowance_exhausted')))).toContain('Withdraw one');
  });

  it('falls back by status: unavailable, signed out, not found, too many, anything else', () => {
    expect(votingErrorKey(error(0))).toBe('common.serviceUnavailable');
    expect(votingErrorKey(error(500))).toBe('common.serviceUnavailable');
    expect(votingErrorKey(error(401))).toBe('voting.errors.signedOut');
    expect(votingErrorKey(error(404))).toBe('voting.errors.notFound');
    expect(votingErrorKey(error(429))).toBe('voting.errors.tooMany');
    expect(votingErrorKey(error(400, 'something_new'))).toBe('voting.errors.failed');
  });
});

describe('allowance text', () => {
  it('says how many votes are left, in words that fit the number', () => {
    const say = (remaining: number, allowance: number) => {
      const notice = allowanceNotice({ remaining, allowance });
      return english(notice.key, notice.params);
    };
    expect(say(3, 5)).toBe('You have 3 of 5 votes left.');
    expect(say(1, 5)).toBe('You have 1 vote left, out of 5.');
    expect(say(0, 5)).toBe('You have used all 5 of your votes.');
    expect(say(-1, 5)).toBe('You have used all 5 of your votes.');
  });
});

describe('vote control view', () => {
  const facts: VoteControlFacts = {
    supportVoting: true,
    phase: { kind: 'open' },
    sessionChecked: true,
    signedIn: true,
    emailVerified: true,
    ownIdea: false,
    allowSelfVotes: false,
    votes: 'ready',
  };

  it('offers the button only to a signed-in, verified person while voting is open', () => {
    expect(voteControlView(facts)).toBe('ready');
    expect(voteControlView({ ...facts, votes: undefined })).toBe('loading');
    expect(voteControlView({ ...facts, votes: 'failed' })).toBe('failed');
  });

  it('says why not, first the vote itself, then the person', () => {
    expect(voteControlView({ ...facts, supportVoting: false })).toBe('hidden');
    expect(voteControlView({ ...facts, phase: { kind: 'none' } })).toBe('hidden');
    expect(voteControlView({ ...facts, phase: { kind: 'notYet', opensAt: 'x' }, signedIn: false })).toBe('notYet');
    expect(voteControlView({ ...facts, phase: { kind: 'closed', closedAt: null }, signedIn: false })).toBe('closed');
    expect(voteControlView({ ...facts, sessionChecked: false, signedIn: false })).toBe('checking');
    expect(voteControlView({ ...facts, signedIn: false, emailVerified: false })).toBe('signedOut');
    expect(voteControlView({ ...facts, emailVerified: false })).toBe('unverified');
    expect(voteControlView({ ...facts, ownIdea: true })).toBe('own');
    expect(voteControlView({ ...facts, ownIdea: true, allowSelfVotes: true })).toBe('ready');
  });
});

describe('pairwise score', () => {
  it('is a whole percentage, kept between 0 and 100', () => {
    expect(scorePercent(0.625)).toBe('63%');
    expect(scorePercent(0)).toBe('0%');
    expect(scorePercent(1.2)).toBe('100%');
  });
});
