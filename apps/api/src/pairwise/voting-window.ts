import { ConflictException, ForbiddenException } from '@nestjs/common';
import { openActivities } from '@challenge/domain';
import { timelineOf } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import type { AuthUser } from '../common/auth/auth-user';

const day = (d: Date): string =>
  d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** 409 pairwise_disabled unless the challenge uses pairwise voting. */
export function requirePairwise(challenge: ChallengeEntity): void {
  if (challenge.pairwiseVoting) return;
  throw new ConflictException({
    message: 'This challenge does not use pairwise voting',
    code: 'pairwise_disabled',
  });
}

/** 409 voting_closed unless voting is open now, saying when it opens or closed. */
export function requireVotingOpen(challenge: ChallengeEntity, now: Date): void {
  if (openActivities(timelineOf(challenge), now).voting) return;
  const { votingOpensAt: opens, votingClosesAt: closes } = challenge;
  const message =
    opens === null
      ? 'This challenge has no public vote'
      : opens.getTime() > now.getTime()
        ? `Voting has not opened yet: it opens on ${day(opens)}`
        : `Voting has closed: it closed on ${day(closes ?? opens)}`;
  throw new ConflictException({ message, code: 'voting_closed' });
}

/** 409 voting_closed until voting has opened (scores are public from then on, also after it closes). */
export function requireVotingStarted(challenge: ChallengeEntity, now: Date): void {
  const opens = challenge.votingOpensAt;
  if (opens !== null && opens.getTime() <= now.getTime()) return;
  throw new ConflictException({
    message:
      opens === null
        ? 'This challenge has no public vote'
        : `Pairwise scores are shown once voting opens, on ${day(opens)}`,
    code: 'voting_closed',
  });
}

export function requireVerified(user: AuthUser): void {
  if (user.emailVerified) return;
  throw new ForbiddenException({ message: 'Verify your email address to vote', code: 'email_unverified' });
}
