import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { NextPair, PairAnswerResponse, PairIdea } from '@challenge/contract';
import { choosePair, pairKey } from '@challenge/domain';
import { isPublishedAt } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { VoterKey, voterKey } from '../votes/voter-key';
import { PairAnswerDto } from './dto/pair-answer.dto';
import { networkHash } from '../votes/voter-network';
import { PairClaims, PairTokens, PAIR_TTL_MS, voterTagOf } from './pair-token';
import { PairIdeaRow, PairwiseRepository } from './pairwise.repository';
import { requirePairwise, requireVerified, requireVotingOpen } from './voting-window';

const NO_CHALLENGE = 'No challenge with that id';

const pairInvalid = (message: string): never => {
  throw new BadRequestException({ message, code: 'pair_invalid' });
};

const toPairIdea = (r: PairIdeaRow): PairIdea => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  category: r.category,
});

/**
 * Pairwise voting ("which of these two is better?"): serves informative pairs, each with a signed
 * pairId, and records answers. The same rules as support voting: verified email, published
 * challenge, voting open, never one's own idea unless the challenge allows it. Answers are keyed by
 * the voter key (a hash of the email); no route says who chose what.
 */
@Injectable()
export class PairwiseService {
  private readonly secret: string | null;
  private readonly tokens: PairTokens | null;

  constructor(
    private readonly repo: PairwiseRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    env: EnvDto,
  ) {
    this.secret = env.voterKeySecret;
    this.tokens = this.secret === null ? null : new PairTokens(this.secret);
  }

  /**
   * The next pair for the caller: ideas with the fewest comparisons first, never a pair they have
   * answered (or skipped) while another remains; `pair: null` once every pair is answered.
   */
  async next(user: AuthUser, challengeId: string): Promise<NextPair> {
    requireVerified(user);
    const challenge = await this.openChallenge(challengeId);
    const key = this.keyOf(user);
    const candidates = await this.repo.candidates(challengeId, user.id, challenge.allowSelfVotes);
    const answered = await this.repo.answeredPairs(challengeId, key);
    const seen = new Set(answered.map((r) => pairKey(r.idea_low, r.idea_high)));
    const chosen = choosePair(candidates, seen, Math.random);
    if (!chosen) return { pairId: null, pair: null, answered: answered.length };

    const rows = new Map((await this.repo.pairIdeas([chosen.left, chosen.right], user.id)).map((r) => [r.id, r]));
    const left = rows.get(chosen.left);
    const right = rows.get(chosen.right);
    // Unreachable unless an idea vanished between the two queries: offer nothing rather than fail.
    if (!left || !right) return { pairId: null, pair: null, answered: answered.length };
    const [low, high] = left.id < right.id ? [left.id, right.id] : [right.id, left.id];
    const pairId = this.signer().sign({
      challengeId,
      voterTag: voterTagOf(key),
      low,
      high,
      expiresAt: this.clock.now().getTime() + PAIR_TTL_MS,
    });
    return { pairId, pair: [toPairIdea(left), toPairIdea(right)], answered: answered.length };
  }

  /**
   * Records the caller's answer to a pair they were served. Answering the same pair again is not
   * an error and changes nothing (`recorded: false`), whatever the second answer says.
   */
  async answer(
    user: AuthUser,
    challengeId: string,
    dto: PairAnswerDto,
    ip: string | undefined,
  ): Promise<PairAnswerResponse> {
    requireVerified(user);
    const skip = dto.skip === true;
    if (skip && dto.winnerIdeaId !== undefined) {
      throw new BadRequestException('Send either winnerIdeaId or skip: true, not both');
    }
    if (!skip && dto.winnerIdeaId === undefined) {
      throw new BadRequestException('Say which idea is better (winnerIdeaId), or send skip: true to skip this pair');
    }
    const challenge = await this.openChallenge(challengeId);
    const key = this.keyOf(user);
    const claims = this.claimsOf(dto.pairId, challengeId, key);
    const winner = skip ? null : (dto.winnerIdeaId ?? '').toLowerCase();
    if (winner !== null && winner !== claims.low && winner !== claims.high) {
      throw new BadRequestException({
        message: 'winnerIdeaId must be one of the two ideas in this pair',
        code: 'winner_not_in_pair',
      });
    }
    await this.requireEligible(user, challenge, claims);
    const recorded = await this.repo.record({
      challengeId,
      voterKey: key,
      userId: user.id,
      low: claims.low,
      high: claims.high,
      winner,
      network: networkHash(this.secret ?? '', ip),
    });
    return { recorded, answered: await this.repo.answeredCount(challengeId, key) };
  }

  /** A published challenge using pairwise voting with voting open now: 404, then 409s. */
  private async openChallenge(challengeId: string): Promise<ChallengeEntity> {
    const challenge = await this.repo.findChallenge(challengeId);
    const now = this.clock.now();
    if (!challenge || !isPublishedAt(challenge, now)) throw new NotFoundException(NO_CHALLENGE);
    requirePairwise(challenge);
    requireVotingOpen(challenge, now);
    return challenge;
  }

  /** The token's claims if this server signed it for this caller and challenge and it has not expired. */
  private claimsOf(pairId: string, challengeId: string, key: VoterKey): PairClaims {
    const claims = this.signer().verify(pairId);
    if (!claims) return pairInvalid('This pairId is not one this server gave out: ask for a new pair');
    if (claims.challengeId !== challengeId) return pairInvalid('This pair belongs to another challenge');
    if (claims.voterTag !== voterTagOf(key)) return pairInvalid('This pair was served to someone else');
    if (claims.expiresAt <= this.clock.now().getTime()) return pairInvalid('This pair has expired: ask for a new one');
    return claims;
  }

  /** Both ideas still in this challenge's public list, and neither the caller's own unless allowed. */
  private async requireEligible(user: AuthUser, challenge: ChallengeEntity, claims: PairClaims): Promise<void> {
    const rows = await this.repo.pairIdeas([claims.low, claims.high], user.id);
    const listed = rows.filter((r) => r.listed && r.challenge_id === challenge.id);
    if (listed.length !== 2) {
      throw new ConflictException({
        message: 'One of these ideas is no longer in the public list: ask for a new pair',
        code: 'idea_not_listed',
      });
    }
    if (!challenge.allowSelfVotes && rows.some((r) => r.own)) {
      throw new ForbiddenException({ message: 'You cannot compare your own idea', code: 'own_idea' });
    }
  }

  private keyOf(user: AuthUser): VoterKey {
    if (this.secret === null) throw this.unavailable();
    return voterKey(this.secret, user.email);
  }

  private signer(): PairTokens {
    if (this.tokens === null) throw this.unavailable();
    return this.tokens;
  }

  private unavailable(): ServiceUnavailableException {
    return new ServiceUnavailableException({
      message: 'Voting is not available on this server yet: it has no VOTER_KEY_SECRET',
      code: 'voting_unavailable',
    });
  }
}
