/**
 * The stage model of a challenge. Pure functions of the stage dates, the admin's explicit
 * actions (publish, confirm shortlist, publish results) and `now`: never a timer, so every
 * replica of the API and every browser agrees on what is open.
 *
 * Dates are ISO 8601 instants with an offset. Windows are half-open: a stage is open from
 * `opensAt` (inclusive) until `closesAt` (exclusive); a missing `closesAt` never closes.
 */

export const STAGE_NAMES = ['submissions', 'voting', 'shortlisting', 'judging', 'results'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** For `results`, `opensAt` is the planned announcement and `closesAt` when the challenge closes. */
export type StageWindow = { opensAt?: string | null; closesAt?: string | null };
export type ChallengeStages = Partial<Record<StageName, StageWindow | null>>;

export type ChallengeTimeline = {
  stages: ChallengeStages;
  publishedAt?: string | null;
  shortlistConfirmedAt?: string | null;
  resultsPublishedAt?: string | null;
};

/** In lifecycle order: the state never moves backwards as time passes (for fixed dates and facts). */
export const CHALLENGE_STATES = [
  'draft',
  'upcoming',
  'submissions_open',
  'voting_open',
  'shortlisting',
  'judging',
  'results_published',
  'closed',
] as const;
export type ChallengeState = (typeof CHALLENGE_STATES)[number];

export type StageProblem = { field: string; message: string };
export type OpenActivities = { submissions: boolean; voting: boolean };
export type Milestone = { stage: StageName; kind: 'opens' | 'closes'; at: string };

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real ISO 8601 date-time with an offset (`Z` or `±hh:mm`); false for 30 February or no offset. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_INSTANT.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return false;
  const offset = m[7] ?? 'Z';
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** Milliseconds since the epoch, or undefined when absent or not a valid instant. */
const ms = (value: string | null | undefined): number | undefined =>
  value !== null && value !== undefined && isIsoInstant(value) ? Date.parse(value) : undefined;

const LABELS: Record<StageName, string> = {
  submissions: 'Submissions',
  voting: 'Voting',
  shortlisting: 'Shortlisting',
  judging: 'Judging',
  results: 'Results',
};

/**
 * Every problem with a set of stage dates, each with the field it concerns (as sent to the API:
 * `stages.<stage>.opensAt|closesAt`). Empty when the dates are consistent. Stages may overlap.
 */
export function validateStages(stages: ChallengeStages): StageProblem[] {
  const problems: StageProblem[] = [];
  const at = (stage: StageName, edge: 'opensAt' | 'closesAt'): number | undefined => ms(stages[stage]?.[edge]);
  for (const stage of STAGE_NAMES) {
    const window = stages[stage];
    for (const edge of ['opensAt', 'closesAt'] as const) {
      const value = window?.[edge];
      if (value !== null && value !== undefined && !isIsoInstant(value)) {
        problems.push({
          field: `stages.${stage}.${edge}`,
          message: `${LABELS[stage]} ${edge} must be an ISO 8601 date-time with an offset, e.g. 2026-03-01T09:00:00Z`,
        });
      }
    }
    const opens = at(stage, 'opensAt');
    const closes = at(stage, 'closesAt');
    if (closes !== undefined && opens === undefined && isIsoInstant(window?.closesAt)) {
      problems.push({
        field: `stages.${stage}.opensAt`,
        message: `${LABELS[stage]} needs an opening date as well as a closing date`,
      });
    }
    if (opens !== undefined && closes !== undefined && closes <= opens) {
      problems.push({ field: `stages.${stage}.closesAt`, message: `${LABELS[stage]} must close after it opens` });
    }
  }
  const submissionsOpen = at('submissions', 'opensAt');
  const submissionsClose = at('submissions', 'closesAt');
  const votingOpen = at('voting', 'opensAt');
  const judgingOpen = at('judging', 'opensAt');
  const judgingClose = at('judging', 'closesAt');
  const resultsAt = at('results', 'opensAt');
  if (votingOpen !== undefined && submissionsOpen !== undefined && votingOpen < submissionsOpen) {
    problems.push({ field: 'stages.voting.opensAt', message: 'Voting cannot open before submissions open' });
  }
  if (votingOpen !== undefined && submissionsOpen === undefined) {
    problems.push({
      field: 'stages.submissions.opensAt',
      message: 'Set when submissions open before setting voting dates',
    });
  }
  if (judgingOpen !== undefined && submissionsClose !== undefined && judgingOpen < submissionsClose) {
    problems.push({ field: 'stages.judging.opensAt', message: 'Judging cannot open before submissions close' });
  }
  if (resultsAt !== undefined && judgingClose !== undefined && resultsAt < judgingClose) {
    problems.push({ field: 'stages.results.opensAt', message: 'Results cannot be announced before judging closes' });
  }
  return problems;
}

const max = (...values: (number | undefined)[]): number =>
  values.reduce<number>((acc, v) => Math.max(acc, v ?? Number.POSITIVE_INFINITY), Number.NEGATIVE_INFINITY);
const configured = (window: StageWindow | null | undefined): boolean =>
  !!window && (ms(window.opensAt) !== undefined || ms(window.closesAt) !== undefined);

/**
 * When each state begins (infinity: never, given the current dates and facts). The state at `now`
 * is the latest state that has begun, which makes it monotonic in time by construction. Nothing
 * after submissions begins before submissions close.
 */
function stateStarts(t: ChallengeTimeline): Record<ChallengeState, number> {
  const pub = ms(t.publishedAt);
  const s = t.stages;
  const submissionsClose = ms(s.submissions?.closesAt);
  const votingClose = configured(s.voting) ? (ms(s.voting?.closesAt) ?? Number.POSITIVE_INFINITY) : undefined;
  const afterSubmissions = (...more: (number | undefined)[]): number => max(pub, submissionsClose, ...more);
  const judgingBegins = Math.min(
    ms(s.judging?.opensAt) ?? Number.POSITIVE_INFINITY,
    ms(t.shortlistConfirmedAt) ?? Number.POSITIVE_INFINITY,
  );
  return {
    draft: Number.NEGATIVE_INFINITY,
    upcoming: max(pub),
    submissions_open: max(pub, ms(s.submissions?.opensAt)),
    // The vote is the current phase from the moment submissions close until it closes, even if it opens a little later.
    voting_open:
      votingClose !== undefined && votingClose > (submissionsClose ?? Number.POSITIVE_INFINITY)
        ? afterSubmissions()
        : Number.POSITIVE_INFINITY,
    shortlisting: afterSubmissions(votingClose ?? Number.NEGATIVE_INFINITY),
    judging: afterSubmissions(judgingBegins),
    results_published: afterSubmissions(ms(t.resultsPublishedAt)),
    closed: afterSubmissions(ms(s.results?.closesAt)),
  };
}

const toMs = (now: Date | string): number => (typeof now === 'string' ? Date.parse(now) : now.getTime());

/**
 * The lifecycle state at `now`. `draft` until published; `upcoming` until submissions open;
 * `submissions_open` exactly while the submissions window is open; then `voting_open` while the
 * public vote is the current phase; `shortlisting` until judging opens or the shortlist is
 * confirmed; `judging` until results are published; `closed` once the results stage closes.
 */
export function challengeState(timeline: ChallengeTimeline, now: Date | string): ChallengeState {
  const starts = stateStarts(timeline);
  const t = toMs(now);
  let state: ChallengeState = 'draft';
  for (const candidate of CHALLENGE_STATES) {
    if (starts[candidate] <= t) state = candidate;
  }
  return state;
}

const within = (window: StageWindow | null | undefined, t: number): boolean => {
  const opens = ms(window?.opensAt);
  const closes = ms(window?.closesAt) ?? Number.POSITIVE_INFINITY;
  return opens !== undefined && opens <= t && t < closes;
};

/** What entrants can do at `now`; submissions and voting can be open together. */
export function openActivities(timeline: ChallengeTimeline, now: Date | string): OpenActivities {
  const t = toMs(now);
  const pub = ms(timeline.publishedAt);
  const published = pub !== undefined && pub <= t;
  return {
    submissions: published && within(timeline.stages.submissions, t),
    voting: published && within(timeline.stages.voting, t),
  };
}

/** The next stage date strictly after `now` (an opening or a closing), for "next deadline" displays. */
export function nextMilestone(timeline: ChallengeTimeline, now: Date | string): Milestone | null {
  const t = toMs(now);
  let best: (Milestone & { ms: number }) | null = null;
  for (const stage of STAGE_NAMES) {
    for (const [edge, kind] of [
      ['opensAt', 'opens'],
      ['closesAt', 'closes'],
    ] as const) {
      const value = timeline.stages[stage]?.[edge];
      const at = ms(value);
      if (value && at !== undefined && at > t && (best === null || at < best.ms))
        best = { stage, kind, at: value, ms: at };
    }
  }
  return best && { stage: best.stage, kind: best.kind, at: new Date(best.ms).toISOString() };
}
