import { ChallengeEntity } from '../challenges/challenge.entity';
import { Candidate, confirmTooEarly, judgingHasOpened, proposeShortlist, rubricProblems } from './panel-rules';

const day = (n: number): Date => new Date(Date.UTC(2031, 4, 1 + n, 12));
const challenge = (values: Partial<ChallengeEntity>): ChallengeEntity =>
  Object.assign(new ChallengeEntity(), {
    publishedAt: day(-40),
    submissionsOpensAt: day(-30),
    submissionsClosesAt: day(-10),
    votingOpensAt: day(-10),
    votingClosesAt: day(-5),
    shortlistingOpensAt: null,
    shortlistingClosesAt: null,
    judgingOpensAt: day(5),
    judgingClosesAt: day(20),
    resultsOpensAt: null,
    resultsClosesAt: null,
    shortlistConfirmedAt: null,
    resultsPublishedAt: null,
    ...values,
  });

const candidate = (id: string, voteCount: number, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  category: null,
  voteCount,
  pairwiseScore: null,
  submittedAt: day(-20),
  ...extra,
});

describe('judgingHasOpened', () => {
  it('opens with the judging window, or when the shortlist is confirmed after submissions close', () => {
    expect(judgingHasOpened(challenge({}), day(0))).toBe(false);
    expect(judgingHasOpened(challenge({}), day(5))).toBe(true);
    expect(judgingHasOpened(challenge({ shortlistConfirmedAt: day(-1) }), day(0))).toBe(true);
    expect(judgingHasOpened(challenge({ judgingOpensAt: null, judgingClosesAt: null }), day(30))).toBe(false);
  });
});

describe('confirmTooEarly', () => {
  it('waits for submissions and the public vote to close', () => {
    expect(confirmTooEarly(challenge({}), day(-12))).toMatch(/submissions have closed/);
    expect(confirmTooEarly(challenge({}), day(-7))).toMatch(/public vote has closed/);
    expect(confirmTooEarly(challenge({ votingClosesAt: null }), day(0))).toMatch(/public vote/);
    expect(confirmTooEarly(challenge({}), day(-5))).toBeNull();
    expect(confirmTooEarly(challenge({ votingOpensAt: null, votingClosesAt: null }), day(-10))).toBeNull();
  });
});

describe('proposeShortlist', () => {
  it('ranks by votes; ties go to the earlier submission, then the smaller id', () => {
    const ideas = [
      candidate('b', 5),
      candidate('a', 5),
      candidate('c', 9),
      candidate('d', 5, { submittedAt: day(-25) }),
    ];
    expect(proposeShortlist(ideas, 'top_votes', 3, false, []).map((c) => c.id)).toEqual(['c', 'd', 'a']);
  });

  it('ranks by pairwise score, then by votes', () => {
    const ideas = [
      candidate('a', 1, { pairwiseScore: 0.4 }),
      candidate('b', 2, { pairwiseScore: 0.7 }),
      candidate('c', 9, { pairwiseScore: 0.4 }),
    ];
    expect(proposeShortlist(ideas, 'top_pairwise', 3, false, []).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });

  it('per category: the challenge’s categories in order, then any others, then ideas without one', () => {
    const ideas = [
      candidate('none', 50),
      candidate('r1', 10, { category: 'Roads' }),
      candidate('r2', 30, { category: 'Roads' }),
      candidate('p1', 5, { category: 'Parks' }),
      candidate('x', 1, { category: 'Retired' }),
    ];
    expect(proposeShortlist(ideas, 'top_votes', 1, true, ['Parks', 'Roads']).map((c) => c.id)).toEqual([
      'p1',
      'r2',
      'x',
      'none',
    ]);
  });
});

describe('rubricProblems', () => {
  it('names the criterion whose range is empty or whose name repeats another', () => {
    expect(
      rubricProblems([
        { name: 'Impact', minScore: 0, maxScore: 10 },
        { name: ' IMPACT ', minScore: 3, maxScore: 3 },
      ]),
    ).toEqual({
      'criteria.1.maxScore': ['criteria.1.maxScore must be greater than minScore (3); got 3'],
      'criteria.1.name': ['criteria.1.name must be unique: “IMPACT” is also criterion 1'],
    });
    expect(rubricProblems([{ name: 'Impact', minScore: 0, maxScore: 1 }])).toEqual({});
  });
});
