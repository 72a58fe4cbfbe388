import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { MyVotes, VoteReceipt } from '@challenge/contract';
import { openActivities } from '@challenge/domain';
import { isPublishedAt, timelineOf } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { VoterKey, voterKey } from './voter-key';
import { networkHash } from './voter-network';
import { VotesRepository, VoteTarget, VotingSettings } from './votes.repository';

const NO_IDEA = 'No idea with that id';
const NO_CHALLENGE = 'No challenge with that id';

type Loaded = { idea: VoteTarget; challenge: ChallengeEntity; settings: VotingSettings };

/**
 * Support voting: one vote per person per idea, a per-challenge allowance, only for verified
 * emails, only while voting is open, never on one's own idea unless the challenge allows it.
 * Votes are keyed by a hash of the email (see voter-key.ts); only the voter sees their votes.
 */
@Injectable()
export class VotesService {
  private readonly secret: string | null;

  constructor(
    private readonly repo: VotesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    env: EnvDto,
  ) {
    this.secret = env.voterKeySecret;
    // Production never falls back to the development key: voting stays off until the secret is set.
    if (this.secret === null) new Logger('Votes').error('VOTER_KEY_SECRET is not set: voting is unavailable');
  }

  /**
   * The vote and the allowance left; `created` is false when the caller had already voted (200).
   * `ip` is the client address as Express resolves it (TRUST_PROXY); only a keyed hash of its
   * network is stored, for fraud flags.
   */
  async vote(user: AuthUser, ideaId: string, ip?: string): Promise<{ created: boolean; receipt: VoteReceipt }> {
    this.requireVerified(user, 'Verify your email address to vote');
    const key = this.keyOf(user);
    const network = this.secret === null ? null : networkHash(this.secret, ip);
    const now = this.clock.now();
    const row = await this.repo.cast({ ideaId, userId: user.id, voterKey: key, network, now });
    // The same rules, in the same order, as the statement's `eligible`; here they pick the answer.
    if (!row || !row.published || (!row.listed && !row.own)) throw new NotFoundException(NO_IDEA);
    if (!row.listed) {
      throw new ConflictException({
        message: 'Only submitted ideas shown in the public list can receive votes',
        code: 'idea_not_listed',
      });
    }
    if (!row.open) this.votingClosed({ votingOpensAt: row.voting_opens_at, votingClosesAt: row.voting_closes_at }, now);
    if (!row.support_voting) {
      throw new ConflictException({
        message: 'This challenge does not take support votes: compare ideas in pairs instead',
        code: 'support_voting_disabled',
      });
    }
    if (row.own && !row.allow_self_votes) {
      throw new ForbiddenException({ message: 'You cannot vote for your own idea', code: 'own_idea' });
    }
    const allowance = row.vote_allowance;
    const createdAt = row.created_at ?? row.existing_at;
    if (createdAt === null) {
      throw new ConflictException({
        message: `You have used all ${allowance} of your votes in this challenge; withdraw one to vote for this idea`,
        code: 'allowance_exhausted',
      });
    }
    const used = row.used_after ?? row.used_before ?? 0;
    return {
      created: row.created_at !== null,
      receipt: {
        vote: { ideaId: row.id, challengeId: row.challenge_id, createdAt: createdAt.toISOString() },
        allowance,
        used,
        remaining: Math.max(0, allowance - used),
      },
    };
  }

  /**
   * Withdraws the caller's vote while voting is open; nothing to withdraw is not an error. A vote
   * the council invalidated after a fraud check cannot be withdrawn (409 vote_invalidated): it keeps
   * using the allowance, so withdrawing and voting again cannot undo the council's decision.
   */
  async withdraw(user: AuthUser, ideaId: string): Promise<void> {
    this.requireVerified(user, 'Verify your email address to change your votes');
    const key = this.keyOf(user);
    const { idea, challenge } = await this.load(user, ideaId, key);
    this.requireVotingOpen(challenge);
    const outcome = await this.repo.withdraw({ ideaId: idea.id, challengeId: idea.challenge_id }, key);
    if (outcome === 'invalidated') {
      throw new ConflictException({
        message:
          'The council has set this vote aside after a check for suspicious voting, so it cannot be withdrawn; contact the council if you think this is a mistake',
        code: 'vote_invalidated',
      });
    }
  }

  /** The caller's own votes in a challenge and what is left of their allowance. */
  async mine(user: AuthUser, challengeId: string): Promise<MyVotes> {
    this.requireVerified(user, 'Verify your email address to see your votes');
    const found = await this.repo.findChallenge(challengeId);
    if (!found || !isPublishedAt(found.challenge, this.clock.now())) throw new NotFoundException(NO_CHALLENGE);
    const key = this.keyOf(user);
    const [used, rows] = [await this.repo.used(challengeId, key), await this.repo.votesOf(challengeId, key)];
    const allowance = found.settings.vote_allowance;
    return {
      allowance,
      used,
      remaining: Math.max(0, allowance - used),
      votes: rows.map((r) => ({
        ideaId: r.idea_id,
        title: r.title,
        createdAt: r.created_at.toISOString(),
        invalidated: r.invalidated,
      })),
    };
  }

  /**
   * The idea and its challenge, or 404: unknown ideas, unpublished challenges, and ideas outside the
   * public list unless the caller is on their team or (with `key`) has a vote on them to withdraw.
   */
  private async load(user: AuthUser, ideaId: string, key?: VoterKey): Promise<Loaded> {
    const idea = await this.repo.findIdea(ideaId, user.id);
    if (!idea) throw new NotFoundException(NO_IDEA);
    const found = await this.repo.findChallenge(idea.challenge_id);
    if (!found || !isPublishedAt(found.challenge, this.clock.now())) throw new NotFoundException(NO_IDEA);
    if (!idea.listed && !idea.own && !(key !== undefined && (await this.repo.hasVote(idea.id, key)))) {
      throw new NotFoundException(NO_IDEA);
    }
    return { idea, ...found };
  }

  private requireVerified(user: AuthUser, message: string): void {
    if (!user.emailVerified) throw new ForbiddenException({ message, code: 'email_unverified' });
  }

  private requireVotingOpen(challenge: ChallengeEntity): void {
    const now = this.clock.now();
    if (openActivities(timelineOf(challenge), now).voting) return;
    this.votingClosed(challenge, now);
  }

  /** 409 voting_closed, saying when voting opens or closed. */
  private votingClosed(challenge: Pick<ChallengeEntity, 'votingOpensAt' | 'votingClosesAt'>, now: Date): never {
    const { votingOpensAt: opens, votingClosesAt: closes } = challenge;
    const day = (d: Date): string =>
      d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
    const message =
      opens === null
        ? 'This challenge has no public vote'
        : opens.getTime() > now.getTime()
          ? `Voting has not opened yet: it opens on ${day(opens)}`
          : `Voting has closed: it closed on ${day(closes ?? opens)}`;
    throw new ConflictException({ message, code: 'voting_closed' });
  }

  private keyOf(user: AuthUser): VoterKey {
    if (this.secret === null) {
      throw new ServiceUnavailableException({
        message: 'Voting is not available on this server yet: it has no VOTER_KEY_SECRET',
        code: 'voting_unavailable',
      });
    }
    return voterKey(this.secret, user.email);
  }
}
