import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isPublishedAt } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { PanelRepository } from './panel.repository';

const NO_CHALLENGE = 'No challenge with that id';
const NO_IDEA = 'No idea with that id';

export type PanelRole = 'admin' | 'judge';

/**
 * Who may act on a challenge's judging, for this module and the scoring API: the hosting
 * councils' admins (as for managing the challenge) and the challenge's own judges. A judge's
 * conflicts (declared, recorded, or their own ideas) hide those ideas from them everywhere:
 * callers answer 404 for them, exactly as for an idea that does not exist.
 */
@Injectable()
export class JudgingAccess {
  constructor(
    private readonly repo: PanelRepository,
    private readonly access: AccessService,
    private readonly challenges: ChallengesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An admin of a hosting council; otherwise 404 (draft) or 403 (published). */
  requireAdmin(user: AuthUser, challengeId: string): Promise<ChallengeEntity> {
    return this.challenges.requireManageable(user, challengeId, this.clock.now());
  }

  /** A challenge the caller may see: published, or a draft of a council they administer (404 otherwise). */
  async requireVisible(user: AuthUser | undefined, challengeId: string): Promise<ChallengeEntity> {
    return (await this.challenges.requireVisible(user, challengeId)).challenge;
  }

  async isAdmin(userId: string, challengeId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.access.hostRoles(userId, challengeId, manager)).includes('admin');
  }

  /** A judge of this challenge (and of no other): 404 when the challenge is unknown or a draft they cannot see, 403 otherwise. */
  async requireJudge(user: AuthUser, challengeId: string): Promise<ChallengeEntity> {
    const challenge = await this.repo.findChallenge(challengeId);
    if (!challenge) throw new NotFoundException(NO_CHALLENGE);
    if (await this.repo.isJudge(challengeId, user.id)) return challenge;
    throw this.refusal(
      challenge,
      await this.isAdmin(user.id, challengeId),
      'Only judges of this challenge can do this',
    );
  }

  /** An admin or a judge of this challenge, and which (admin wins when both). */
  async requireAdminOrJudge(
    user: AuthUser,
    challengeId: string,
  ): Promise<{ challenge: ChallengeEntity; role: PanelRole }> {
    const challenge = await this.repo.findChallenge(challengeId);
    if (!challenge) throw new NotFoundException(NO_CHALLENGE);
    if (await this.isAdmin(user.id, challengeId)) return { challenge, role: 'admin' };
    if (await this.repo.isJudge(challengeId, user.id)) return { challenge, role: 'judge' };
    throw this.refusal(
      challenge,
      false,
      'Only admins of the hosting councils and judges of this challenge can do this',
    );
  }

  /** Ideas of the challenge this judge must never be assigned, shown or allowed to score. */
  conflictedIdeaIds(judgeId: string, challengeId: string, manager?: EntityManager): Promise<string[]> {
    return this.repo.conflictedIdeaIds(judgeId, challengeId, manager);
  }

  isConflicted(judgeId: string, ideaId: string, manager?: EntityManager): Promise<boolean> {
    return this.repo.isConflicted(judgeId, ideaId, manager);
  }

  /** 404 "No idea with that id" when the judge is conflicted on the idea, whatever the route. */
  async requireNotConflicted(judgeId: string, ideaId: string, manager?: EntityManager): Promise<void> {
    if (await this.repo.isConflicted(judgeId, ideaId, manager)) throw new NotFoundException(NO_IDEA);
  }

  private refusal(challenge: ChallengeEntity, canSeeDraft: boolean, message: string): Error {
    if (!canSeeDraft && !isPublishedAt(challenge, this.clock.now())) return new NotFoundException(NO_CHALLENGE);
    return new ForbiddenException({ message, code: 'not_on_panel' });
  }
}
