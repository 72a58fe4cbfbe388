import type { StageWindow, Stages } from '@challenge/contract';
import { ChallengeState, challengeState, ChallengeTimeline, STAGE_NAMES, StageName } from '@challenge/domain';
import type { ChallengeEntity } from './challenge.entity';

type DateKey = {
  [K in keyof ChallengeEntity]: ChallengeEntity[K] extends Date | null ? K : never;
}[keyof ChallengeEntity];

/** Entity columns holding each stage's dates. */
export const STAGE_COLUMNS: Record<StageName, { opensAt: DateKey; closesAt: DateKey }> = {
  submissions: { opensAt: 'submissionsOpensAt', closesAt: 'submissionsClosesAt' },
  voting: { opensAt: 'votingOpensAt', closesAt: 'votingClosesAt' },
  shortlisting: { opensAt: 'shortlistingOpensAt', closesAt: 'shortlistingClosesAt' },
  judging: { opensAt: 'judgingOpensAt', closesAt: 'judgingClosesAt' },
  results: { opensAt: 'resultsOpensAt', closesAt: 'resultsClosesAt' },
};

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export type StageDates = Pick<ChallengeEntity, DateKey>;

export function stagesOf(c: StageDates): Stages {
  return Object.fromEntries(
    STAGE_NAMES.map((s): [StageName, StageWindow] => [
      s,
      { opensAt: iso(c[STAGE_COLUMNS[s].opensAt]), closesAt: iso(c[STAGE_COLUMNS[s].closesAt]) },
    ]),
  ) as Stages;
}

export function timelineOf(c: StageDates): ChallengeTimeline {
  return {
    stages: stagesOf(c),
    publishedAt: iso(c.publishedAt),
    shortlistConfirmedAt: iso(c.shortlistConfirmedAt),
    resultsPublishedAt: iso(c.resultsPublishedAt),
  };
}

export const isPublishedAt = (c: Pick<ChallengeEntity, 'publishedAt'>, now: Date): boolean =>
  c.publishedAt !== null && c.publishedAt.getTime() <= now.getTime();

const JUDGING_STATES: readonly ChallengeState[] = ['judging', 'results_published', 'closed'];

/**
 * Judging has opened once the challenge's state is `judging` or later: its judging window has
 * opened or its shortlist has been confirmed after submissions closed (the domain's stage model),
 * whether or not judging dates were set. From then on the rubric and blind review are fixed.
 */
export const judgingHasOpened = (challenge: StageDates, now: Date): boolean =>
  JUDGING_STATES.includes(challengeState(timelineOf(challenge), now));
