import fc from 'fast-check';
import {
  CHALLENGE_STATES,
  ChallengeStages,
  ChallengeTimeline,
  challengeState,
  isIsoInstant,
  nextMilestone,
  openActivities,
  STAGE_NAMES,
  validateStages,
} from './challenge-stages';

const day = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

/** A typical challenge: submissions and voting overlap, then shortlisting, judging and results. */
const typical: ChallengeTimeline = {
  publishedAt: day(0),
  stages: {
    submissions: { opensAt: day(10), closesAt: day(40) },
    voting: { opensAt: day(20), closesAt: day(50) },
    shortlisting: { opensAt: day(50), closesAt: day(55) },
    judging: { opensAt: day(55), closesAt: day(70) },
    results: { opensAt: day(75), closesAt: day(120) },
  },
};

describe('validateStages', () => {
  it('accepts overlapping submissions and voting and an empty set of stages', () => {
    expect(validateStages(typical.stages)).toEqual([]);
    expect(validateStages({})).toEqual([]);
  });

  it('refuses a stage that closes before (or when) it opens', () => {
    expect(validateStages({ submissions: { opensAt: day(5), closesAt: day(5) } })).toEqual([
      { field: 'stages.submissions.closesAt', message: 'Submissions must close after it opens' },
    ]);
  });

  it('refuses judging before submissions close, results before judging closes and voting before submissions open', () => {
    const fields = validateStages({
      submissions: { opensAt: day(10), closesAt: day(40) },
      voting: { opensAt: day(9), closesAt: day(41) },
      judging: { opensAt: day(39), closesAt: day(60) },
      results: { opensAt: day(59) },
    }).map((p) => p.field);
    expect(fields.sort()).toEqual(['stages.judging.opensAt', 'stages.results.opensAt', 'stages.voting.opensAt']);
  });

  it('refuses dates without an offset or that do not exist', () => {
    expect(
      validateStages({ submissions: { opensAt: '2026-03-01T09:00:00', closesAt: '2026-02-30T09:00:00Z' } }),
    ).toHaveLength(2);
  });

  it('asks for an opening date when only a closing date is given', () => {
    expect(validateStages({ judging: { closesAt: day(3) } })).toEqual([
      { field: 'stages.judging.opensAt', message: 'Judging needs an opening date as well as a closing date' },
    ]);
  });
});

describe('isIsoInstant', () => {
  it.each(['2026-03-01T09:00:00Z', '2026-06-01T09:00+01:00', '2026-06-01T09:00:00.123Z', '2028-02-29T00:00:00Z'])(
    'accepts %s',
    (v) => expect(isIsoInstant(v)).toBe(true),
  );
  it.each(['2026-03-01', '2026-03-01T09:00:00', '2027-02-29T00:00:00Z', '2026-13-01T00:00Z', 'soon', '', 42])(
    'refuses %s',
    (v) => expect(isIsoInstant(v)).toBe(false),
  );
});

describe('challengeState', () => {
  it.each([
    [-1, 'draft'],
    [5, 'upcoming'],
    [10, 'submissions_open'],
    [30, 'submissions_open'],
    [40, 'voting_open'],
    [50, 'shortlisting'],
    [56, 'judging'],
    [80, 'judging'],
    [130, 'closed'],
  ] as const)('on day %i is %s', (n, state) => {
    expect(challengeState(typical, day(n))).toBe(state);
  });

  it('stays a draft until published, whatever the dates', () => {
    expect(challengeState({ ...typical, publishedAt: null }, day(30))).toBe('draft');
  });

  it('moves to judging when the shortlist is confirmed, and to results once they are published', () => {
    const t = { ...typical, shortlistConfirmedAt: day(51), resultsPublishedAt: day(72) };
    expect(challengeState(t, day(52))).toBe('judging');
    expect(challengeState(t, day(73))).toBe('results_published');
  });

  it('treats a gap between submissions closing and voting opening as the voting phase', () => {
    const t: ChallengeTimeline = {
      publishedAt: day(0),
      stages: { submissions: { opensAt: day(1), closesAt: day(10) }, voting: { opensAt: day(15), closesAt: day(20) } },
    };
    expect(challengeState(t, day(12))).toBe('voting_open');
    expect(openActivities(t, day(12))).toEqual({ submissions: false, voting: false });
    expect(openActivities(t, day(16))).toEqual({ submissions: false, voting: true });
  });
});

describe('openActivities and nextMilestone', () => {
  it('reports submissions and voting open together', () => {
    expect(openActivities(typical, day(25))).toEqual({ submissions: true, voting: true });
    expect(openActivities({ ...typical, publishedAt: null }, day(25))).toEqual({ submissions: false, voting: false });
  });

  it('gives the next stage date after now', () => {
    expect(nextMilestone(typical, day(25))).toEqual({ stage: 'submissions', kind: 'closes', at: day(40) });
    expect(nextMilestone(typical, day(200))).toBeNull();
  });
});

// --- properties --------------------------------------------------------------------------

const BASE = Date.UTC(2026, 0, 1);
const instant = fc.integer({ min: 0, max: 400 * 24 * 60 }).map((m) => new Date(BASE + m * 60_000).toISOString());
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const windowArb = fc.record({ opensAt: maybe(instant), closesAt: maybe(instant) });
const stagesArb: fc.Arbitrary<ChallengeStages> = fc.record(
  Object.fromEntries(STAGE_NAMES.map((s) => [s, windowArb])) as Record<(typeof STAGE_NAMES)[number], typeof windowArb>,
  { requiredKeys: [] },
);
const timelineArb: fc.Arbitrary<ChallengeTimeline> = fc.record({
  stages: stagesArb,
  publishedAt: maybe(instant),
  shortlistConfirmedAt: maybe(instant),
  resultsPublishedAt: maybe(instant),
});
const validTimelineArb = timelineArb.filter((t) => validateStages(t.stages).length === 0);
const rank = (s: string): number => (CHALLENGE_STATES as readonly string[]).indexOf(s);

describe('properties', () => {
  it('the state never moves backwards as time passes', () => {
    fc.assert(
      fc.property(timelineArb, instant, instant, (t, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(rank(challengeState(t, early))).toBeLessThanOrEqual(rank(challengeState(t, late)));
      }),
      { numRuns: 2000 },
    );
  });

  it('submissions_open iff published and now is within the submissions window', () => {
    fc.assert(
      fc.property(validTimelineArb, instant, (t, now) => {
        const n = Date.parse(now);
        const s = t.stages.submissions;
        const inWindow = !!s?.opensAt && Date.parse(s.opensAt) <= n && (!s.closesAt || n < Date.parse(s.closesAt));
        const published = !!t.publishedAt && Date.parse(t.publishedAt) <= n;
        expect(challengeState(t, now) === 'submissions_open').toBe(published && inWindow);
        expect(openActivities(t, now).submissions).toBe(published && inWindow);
      }),
      { numRuns: 300 },
    );
  });

  it('a challenge that is not yet published is a draft, and nothing is open', () => {
    fc.assert(
      fc.property(timelineArb, instant, (t, now) => {
        fc.pre(!t.publishedAt || Date.parse(t.publishedAt) > Date.parse(now));
        expect(challengeState(t, now)).toBe('draft');
        expect(openActivities(t, now)).toEqual({ submissions: false, voting: false });
      }),
    );
  });

  it('voting is open only within its window, and never before submissions open when dates are valid', () => {
    fc.assert(
      fc.property(validTimelineArb, instant, (t, now) => {
        if (openActivities(t, now).voting) {
          expect(rank(challengeState(t, now))).toBeGreaterThanOrEqual(rank('submissions_open'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validation only ever names stage fields, with a message', () => {
    fc.assert(
      fc.property(stagesArb, (stages) => {
        for (const p of validateStages(stages)) {
          expect(p.field).toMatch(/^stages\.(submissions|voting|shortlisting|judging|results)\.(opensAt|closesAt)$/);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
