import { ConflictException } from '@nestjs/common';
import type { ChallengeEntity } from './challenge.entity';
import { judgingHasOpened } from './challenge-timeline';

/** How the public votes: fixed once voting opens, so nobody changes the rules mid-vote. */
export const VOTING_SETTINGS = [
  'supportVoting',
  'pairwiseVoting',
  'publicVoteMeasure',
  'voteAllowance',
  'allowSelfVotes',
] as const;
/** How judges review: fixed once judging opens. */
export const JUDGING_SETTINGS = ['blindReview'] as const;

const when = (d: Date): string =>
  d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
const started = (opensAt: Date | null, now: Date): opensAt is Date =>
  opensAt !== null && opensAt.getTime() <= now.getTime();

/**
 * 409 when a change touches a voting setting after voting has opened (voting_settings_frozen) or
 * blind review after judging has opened (judging_settings_frozen), naming the fields.
 */
export function checkFrozenSettings(current: ChallengeEntity, changed: (keyof ChallengeEntity)[], now: Date): void {
  const frozen = [
    {
      opened: started(current.votingOpensAt, now),
      opensAt: current.votingOpensAt,
      keys: VOTING_SETTINGS as readonly (keyof ChallengeEntity)[],
      stage: 'Voting',
      code: 'voting_settings_frozen',
    },
    {
      // Judging also opens when the shortlist is confirmed, with or without judging dates.
      opened: judgingHasOpened(current, now),
      opensAt: current.judgingOpensAt ?? current.shortlistConfirmedAt,
      keys: JUDGING_SETTINGS as readonly (keyof ChallengeEntity)[],
      stage: 'Judging',
      code: 'judging_settings_frozen',
    },
  ];
  for (const { opened, opensAt, keys, stage, code } of frozen) {
    const touched = changed.filter((k) => keys.includes(k));
    if (touched.length === 0 || !opened) continue;
    const reason = opensAt === null ? `${stage} has opened` : `${stage} opened on ${when(opensAt)}`;
    throw new ConflictException({
      message: `${reason}, so ${touched.join(', ')} can no longer change`,
      code,
      fields: Object.fromEntries(touched.map((k) => [k, [`${reason}; this setting is fixed`]])),
    });
  }
}
