import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { IdeaDetail } from '@challenge/contract';
import { EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../common/clock';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { AccessService } from '../common/access/access.service';
import type { Permission } from '../common/access/permission';
import type { AuthUser } from '../common/auth/auth-user';
import type { IdeaEntity } from './idea.entity';
import { toIdeaDetail } from './idea.mapper';
import { editBlocker } from './idea-rules';
import { IdeasRepository } from './ideas.repository';

/** An idea as seen by one caller: what they are to it. */
export type IdeaContext = {
  idea: IdeaEntity;
  challenge: ChallengeEntity;
  user: AuthUser | undefined;
  teamUserIds: string[];
  isAuthor: boolean;
  isTeam: boolean;
  canModerate: boolean;
};

const NOT_FOUND = 'No idea with that id';

/**
 * Loads an idea and what the caller is to it, after the access layer's check (idea.read: the one
 * visibility rule, canViewIdea; or the permission the caller needs); shared by the idea services.
 */
@Injectable()
export class IdeaLoader {
  constructor(
    private readonly repo: IdeasRepository,
    private readonly access: AccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** 404 unless the caller may see the idea (drafts, pending and hidden ideas do not reveal they exist). */
  async load(ideaId: string, user: AuthUser | undefined, manager?: EntityManager, lock = false): Promise<IdeaContext> {
    await this.access.requireAccess(user, 'idea.read', [ideaId], manager);
    const idea = await this.repo.findIdea(ideaId, manager, lock);
    if (!idea) throw new NotFoundException(NOT_FOUND);
    const [challenge, teamUserIds] = [
      await this.repo.findChallenge(idea.challengeId, manager),
      await this.repo.teamUserIds(ideaId, manager),
    ];
    if (!challenge) throw new NotFoundException(NOT_FOUND);
    const canModerate = user ? await this.access.canModerateChallenge(user.id, idea.challengeId, manager) : false;
    const isAuthor = user?.id === idea.authorId;
    const isTeam = isAuthor || (user !== undefined && teamUserIds.includes(user.id));
    return { idea, challenge, user, teamUserIds, isAuthor, isTeam, canModerate };
  }

  /** The idea, once the caller holds `permission` on it (404 or 403 from the access layer). */
  async loadFor(user: AuthUser, permission: Permission, ideaId: string): Promise<IdeaContext> {
    await this.access.requireAccess(user, permission, [ideaId]);
    return this.load(ideaId, user);
  }

  /** 409 when the idea cannot be changed now (withdrawn, or past the deadline for its status). */
  requireEditable(ctx: IdeaContext, now: Date): void {
    const blocker = editBlocker(ctx.idea, ctx.challenge, now);
    if (blocker) {
      throw new ConflictException({
        message: blocker,
        code: ctx.idea.status === 'withdrawn' ? 'idea_withdrawn' : 'submissions_closed',
      });
    }
  }

  async detail(ctx: IdeaContext, manager?: EntityManager): Promise<IdeaDetail> {
    const now = this.clock.now();
    const { idea } = ctx;
    const people = await this.repo.people(idea.id, manager);
    const attachments = await this.repo.attachments(idea.id, manager);
    const invitations = ctx.isTeam ? await this.repo.openInvitations(idea.id, now, manager) : [];
    return toIdeaDetail(idea, {
      ...people,
      attachments,
      invitations,
      viewer: {
        isAuthor: ctx.isAuthor,
        isTeamMember: ctx.isTeam,
        canEdit: ctx.isTeam && editBlocker(idea, ctx.challenge, now) === null,
        canModerate: ctx.canModerate,
      },
    });
  }

  /** Reloads and maps the idea for the caller, e.g. after a change. */
  async view(ideaId: string, user: AuthUser | undefined, manager?: EntityManager): Promise<IdeaDetail> {
    return this.detail(await this.load(ideaId, user, manager), manager);
  }
}
