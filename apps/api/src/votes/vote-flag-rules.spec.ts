import { FlagVote, flagIdOf, kindOfFlagId, statusOf, summaryOf, toVoteFlag } from './vote-flag-rules';

const at = new Date('2031-05-01T09:00:00Z');
const row = (over: Partial<FlagVote>): FlagVote => ({
  vote_id: 'v',
  idea_id: 'i1',
  title: 'Bins',
  voter_key: 'k1',
  created_at: at,
  invalidated_at: null,
  ...over,
});

describe('flag ids', () => {
  it('are stable for the same group, differ between groups and never contain the network hash', () => {
    const id = flagIdOf({ kind: 'network_burst', groupKey: 'abcdef0123456789secret', startsAt: at });
    expect(id).toBe(flagIdOf({ kind: 'network_burst', groupKey: 'abcdef0123456789secret', startsAt: new Date(at) }));
    expect(id).toMatch(/^network_burst\.[0-9a-f]{16}\.\d+$/);
    expect(id).not.toContain('abcdef0123456789');
    expect(flagIdOf({ kind: 'network_burst', groupKey: 'other', startsAt: at })).not.toBe(id);
    expect(flagIdOf({ kind: 'new_account_burst', groupKey: '', startsAt: at })).toBe(
      `new_account_burst.${at.getTime()}`,
    );
    const pairwise = flagIdOf({ kind: 'pairwise_network_burst', groupKey: 'abcdef0123456789secret', startsAt: at });
    expect(pairwise).toBe(`pairwise_network_burst.${id.split('.')[1]}.${at.getTime()}`);
    expect(flagIdOf({ kind: 'identical_sets', groupKey: 'a,b', startsAt: null })).toMatch(
      /^identical_sets\.[0-9a-f]{16}$/,
    );
  });

  it('name their kind, and anything else names none', () => {
    expect(kindOfFlagId('identical_sets.0123')).toBe('identical_sets');
    expect(kindOfFlagId('network_burst')).toBe('network_burst');
    expect(kindOfFlagId('pairwise_network_burst.0123.5')).toBe('pairwise_network_burst');
    expect(kindOfFlagId('IDENTICAL_SETS.0123')).toBeNull();
    expect(kindOfFlagId('')).toBeNull();
  });
});

describe('statusOf', () => {
  it('is open, partly invalidated or invalidated', () => {
    expect(statusOf(4, 0)).toBe('open');
    expect(statusOf(4, 1)).toBe('partly_invalidated');
    expect(statusOf(4, 4)).toBe('invalidated');
  });
});

describe('summaryOf', () => {
  it('explains each kind in plain English with singulars right', () => {
    const facts = { votes: 21, voters: 1, ideas: 1, first: at, last: new Date(at.getTime() + 30_000), detected: true };
    expect(summaryOf('network_burst', facts)).toBe(
      '21 votes by 1 voter from one network within 1 minute, starting 1 May 2031 at 10:00',
    );
    expect(summaryOf('identical_sets', { ...facts, voters: 6, ideas: 2, votes: 12 })).toBe(
      '6 voters chose exactly the same 2 ideas (12 votes)',
    );
    expect(summaryOf('new_account_burst', { ...facts, last: at })).toMatch(
      /^21 votes by 1 voter within less than a minute, .* less than 30 minutes after its account was created$/,
    );
    expect(summaryOf('pairwise_network_burst', { ...facts, votes: 1, ideas: 2 })).toBe(
      '1 pairwise answer by 1 voter from one network within 1 minute, starting 1 May 2031 at 10:00, won by 2 ideas',
    );
    expect(summaryOf('identical_sets', { ...facts, detected: false })).toMatch(/no longer detected/);
  });
});

describe('toVoteFlag', () => {
  it('counts votes per idea, invalidated votes and voters, and carries no voter key or vote id', () => {
    const later = new Date(at.getTime() + 120_000);
    const flag = toVoteFlag(
      'identical_sets.x',
      'identical_sets',
      [
        row({ vote_id: 'v1', idea_id: 'i1', voter_key: 'k1' }),
        row({ vote_id: 'v2', idea_id: 'i2', title: 'Parks', voter_key: 'k1', invalidated_at: at }),
        row({ vote_id: 'v3', idea_id: 'i2', title: 'Parks', voter_key: 'k2', created_at: later }),
      ],
      true,
    );
    expect(flag).toEqual({
      id: 'identical_sets.x',
      kind: 'identical_sets',
      summary: '2 voters chose exactly the same 2 ideas (3 votes)',
      firstVoteAt: at.toISOString(),
      lastVoteAt: later.toISOString(),
      voteCount: 3,
      invalidatedCount: 1,
      status: 'partly_invalidated',
      ideas: [
        { ideaId: 'i2', title: 'Parks', votes: 2 },
        { ideaId: 'i1', title: 'Bins', votes: 1 },
      ],
    });
    expect(JSON.stringify(flag)).not.toMatch(/k1|k2|v1|v2|v3/);
  });
});
