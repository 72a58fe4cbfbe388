import { emptyVotingValue, frozenSettings, votingBody, votingFieldId, withoutFrozen } from './voting-settings-model';
import { flagReasonErrors } from '../vote-flags/vote-flags';

describe('voting settings on the challenge form', () => {
  it('sends the defaults: support voting, 5 votes, measured by supports, blind review', () => {
    expect(votingBody(emptyVotingValue())).toEqual({
      body: {
        supportVoting: true,
        pairwiseVoting: false,
        publicVoteMeasure: 'supports',
        voteAllowance: 5,
        allowSelfVotes: false,
        blindReview: true,
      },
      errors: [],
    });
  });

  it('measures by the only method chosen, and by the chosen measure when both are', () => {
    const pairwiseOnly = { ...emptyVotingValue(), supportVoting: false, pairwiseVoting: true };
    expect(votingBody(pairwiseOnly).body.publicVoteMeasure).toBe('pairwise');
    // With support voting off, a bad allowance is not in use, so not an error (and not sent).
    expect(votingBody({ ...pairwiseOnly, voteAllowance: 'lots' })).toMatchObject({ errors: [] });
    expect(votingBody({ ...pairwiseOnly, voteAllowance: 'lots' }).body.voteAllowance).toBeUndefined();
    const both = { ...emptyVotingValue(), pairwiseVoting: true, publicVoteMeasure: 'pairwise' as const };
    expect(votingBody(both).body.publicVoteMeasure).toBe('pairwise');
  });

  it('needs a way to vote and an allowance from 1 to 100', () => {
    const fields = (v: Partial<ReturnType<typeof emptyVotingValue>>) =>
      votingBody({ ...emptyVotingValue(), ...v }).errors.map((e) => [e.field, e.message]);
    expect(fields({ supportVoting: false })).toEqual([['supportVoting', 'voting.settings.errors.method']]);
    for (const bad of ['0', '101', '2.5', '', 'five', '-3']) {
      expect(fields({ voteAllowance: bad })).toEqual([['voteAllowance', 'voting.settings.errors.allowance']]);
    }
    expect(fields({ voteAllowance: ' 100 ' })).toEqual([]);
    expect(fields({ voteAllowance: '1' })).toEqual([]);
  });

  it('leaves out what can no longer change once voting or judging has opened', () => {
    const { body } = votingBody(emptyVotingValue());
    const stages = (voting: string | null, judging: string | null) => ({
      stages: {
        submissions: { opensAt: null, closesAt: null },
        voting: { opensAt: voting, closesAt: null },
        shortlisting: { opensAt: null, closesAt: null },
        judging: { opensAt: judging, closesAt: null },
        results: { opensAt: null, closesAt: null },
      },
    });
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(frozenSettings(null, now)).toEqual({ voting: false, judging: false });
    const votingOpen = frozenSettings(stages('2026-04-01T09:00:00Z', '2026-06-01T09:00:00Z'), now);
    expect(votingOpen).toEqual({ voting: true, judging: false });
    expect(withoutFrozen({ ...body, title: 'kept' }, votingOpen)).toEqual({ blindReview: true, title: 'kept' });
    expect(withoutFrozen(body, { voting: true, judging: true })).toEqual({});
    expect(withoutFrozen(body, { voting: false, judging: false })).toEqual(body);
  });

  it('puts the API’s voting field errors next to their inputs', () => {
    expect(votingFieldId('pairwiseVoting')).toBe('supportVoting');
    expect(votingFieldId('voteAllowance')).toBe('voteAllowance');
    expect(votingFieldId('title')).toBeNull();
  });
});

describe('vote flag decisions', () => {
  it('need a reason of at most 1000 characters', () => {
    expect(flagReasonErrors('r', '  ')).toEqual([
      { field: 'r', message: 'voting.flags.reasonRequired', translate: true, params: undefined },
    ]);
    expect(flagReasonErrors('r', 'x'.repeat(1001))[0]?.message).toBe('voting.flags.reasonTooLong');
    expect(flagReasonErrors('r', 'Forty votes from one office network in two minutes')).toEqual([]);
  });
});
