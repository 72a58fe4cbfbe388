import type { VoteFlag } from '@challenge/contract';
import { voteFlagsCy, voteFlagsEn } from './vote-flags.i18n';
import { flagKindKey, flagSummaryKey, flagSummaryParams, flagWhen } from './vote-flag-summary';

const flag = (over: Partial<VoteFlag> = {}): VoteFlag => ({
  id: 'f1',
  kind: 'network_burst',
  summary: 'API text that the page must not show',
  firstVoteAt: '2026-11-26T14:02:10Z',
  lastVoteAt: '2026-11-26T14:09:50Z',
  voteCount: 42,
  invalidatedCount: 0,
  status: 'open',
  ideas: [
    { ideaId: 'a', title: 'Park benches', votes: 30 },
    { ideaId: 'b', title: 'Bike racks', votes: 12 },
  ],
  ...over,
});

describe('vote flag summary', () => {
  it('builds the sentence from the flag’s own numbers and London times, never the API summary', () => {
    const params = flagSummaryParams(flag(), 'en');
    expect(params).toEqual({
      votes: '42',
      ideas: '2',
      from: expect.stringMatching(/26 November 2026.*14:02/),
      to: expect.stringMatching(/26 November 2026.*14:09/),
    });
    expect(Object.values(params).join(' ')).not.toContain('API text');
    expect(flagSummaryParams(flag(), 'cy').from).toMatch(/26 Tachwedd 2026.*14:02/);
  });

  it('uses British Summer Time when it applies', () => {
    const summer = flag({ firstVoteAt: '2026-06-01T08:00:00Z', lastVoteAt: '2026-06-01T08:05:00Z' });
    expect(flagSummaryParams(summer, 'en').from).toMatch(/09:00/);
    expect(flagWhen(summer, 'en')).toBe('1 Jun 09:00–09:05');
  });

  it('has a sentence and a kind name for every kind, in English and Welsh', () => {
    for (const kind of ['network_burst', 'new_account_burst', 'identical_sets'] as const) {
      expect(flagSummaryKey(flag({ kind }))).toBe(`voting.flags.summaries.${kind}`);
      expect(flagKindKey(flag({ kind }))).toBe(`voting.flags.kinds.${kind}`);
      for (const text of [voteFlagsEn.summaries[kind], voteFlagsCy.summaries[kind]]) {
        for (const param of ['{{votes}}', '{{ideas}}', '{{from}}', '{{to}}']) expect(text).toContain(param);
      }
    }
  });

  it('names a flag by its time span, short enough for a button', () => {
    expect(flagWhen(flag(), 'en')).toBe('26 Nov 14:02–14:09');
    expect(flagWhen(flag(), 'cy')).toBe('26 Tach 14:02–14:09');
    expect(flagWhen(flag({ lastVoteAt: '2026-11-26T14:02:40Z' }), 'en')).toBe('26 Nov 14:02');
    expect(flagWhen(flag({ firstVoteAt: '2026-11-26T23:50:00Z', lastVoteAt: '2026-11-27T00:10:00Z' }), 'en')).toBe(
      '26 Nov 23:50 – 27 Nov 00:10',
    );
  });
});
