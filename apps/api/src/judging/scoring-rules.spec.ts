import type { ChallengeTimeline } from '@challenge/domain';
import { assignmentStatus, judgingClosedReason, scoreProblems, unscoredCriteria } from './scoring-rules';

const day = (n: number): string => new Date(Date.UTC(2031, 0, 1 + n)).toISOString();
const at = (n: number): Date => new Date(day(n));

/** Published, submissions closed on day 10, shortlist confirmed on day 12, judging from day 14 to day 20. */
const timeline: ChallengeTimeline = {
  publishedAt: day(0),
  shortlistConfirmedAt: day(12),
  stages: { submissions: { opensAt: day(1), closesAt: day(10) }, judging: { opensAt: day(14), closesAt: day(20) } },
};

describe('judgingClosedReason', () => {
  it('is open inside the judging window once the shortlist is confirmed, until it closes or results are published', () => {
    expect(judgingClosedReason(timeline, at(13))).toBe('not_open_yet');
    expect(judgingClosedReason(timeline, at(14))).toBeNull();
    expect(judgingClosedReason(timeline, new Date(at(20).getTime() - 1))).toBeNull();
    expect(judgingClosedReason(timeline, at(20))).toBe('closed');
    expect(judgingClosedReason({ ...timeline, resultsPublishedAt: day(16) }, at(17))).toBe('closed');
    expect(judgingClosedReason({ ...timeline, shortlistConfirmedAt: null }, at(15))).toBe('not_confirmed');
  });

  it('without judging dates, opens when the shortlist is confirmed and never closes by date', () => {
    const undated = { ...timeline, stages: { submissions: timeline.stages.submissions } };
    expect(judgingClosedReason(undated, at(11))).toBe('not_open_yet');
    expect(judgingClosedReason(undated, at(12))).toBeNull();
    expect(judgingClosedReason(undated, at(400))).toBeNull();
  });
});

describe('scoreProblems', () => {
  const criteria = [
    { id: 'a', name: 'Impact', minScore: 1, maxScore: 10 },
    { id: 'b', name: 'Cost', minScore: 0, maxScore: 5 },
  ];

  it('accepts whole numbers within each range, including both ends', () => {
    expect(
      scoreProblems(criteria, [
        { criterionId: 'a', score: 1 },
        { criterionId: 'b', score: 5 },
      ]),
    ).toEqual([]);
  });

  it('names the criterion of each score out of range, unknown or repeated', () => {
    const problems = scoreProblems(criteria, [
      { criterionId: 'a', score: 0 },
      { criterionId: 'b', score: 2.5 },
      { criterionId: 'z', score: 1 },
      { criterionId: 'b', score: 1 },
    ]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['scores.0.score', 'score_out_of_range'],
      ['scores.1.score', 'score_out_of_range'],
      ['scores.2.criterionId', 'unknown_criterion'],
      ['scores.3.criterionId', 'duplicate_criterion'],
    ]);
    expect(problems[0]?.message).toBe('The score for “Impact” must be a whole number from 1 to 10');
  });
});

describe('assignment status and missing criteria', () => {
  it('is submitted once submitted, in progress with any score or after reopening, otherwise not started', () => {
    expect(assignmentStatus({ submittedAt: new Date(), scored: 2, reopenedAt: null })).toBe('submitted');
    expect(assignmentStatus({ submittedAt: null, scored: 1, reopenedAt: null })).toBe('in_progress');
    expect(assignmentStatus({ submittedAt: null, scored: 0, reopenedAt: new Date() })).toBe('in_progress');
    expect(assignmentStatus({ submittedAt: null, scored: 0, reopenedAt: null })).toBe('not_started');
  });

  it('lists the unscored criteria in rubric order', () => {
    expect(unscoredCriteria([{ id: 'a' }, { id: 'b' }, { id: 'c' }], ['b'])).toEqual([{ id: 'a' }, { id: 'c' }]);
  });
});
