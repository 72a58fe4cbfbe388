import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { OrganisationRole } from '@challenge/contract';
import type { EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../clock';
import type { AuthUser } from '../auth/auth-user';
import { AccessRepository } from './access.repository';
import {
  ChallengePermission,
  Decision,
  decideChallenge,
  decideCommentModeration,
  decideIdea,
  IdeaPermission,
} from './access-rules';
import type { Permission } from './permission';

const CHALLENGE_PERMISSIONS = new Set<Permission>([
  'challenge.read',
  'challenge.participate',
  'challenge.manage',
  'judging.panel',
  'judging.judge',
  'judging.shortlist.read',
  'results.read',
]);
const isChallengePermission = (p: Permission): p is ChallengePermission => CHALLENGE_PERMISSIONS.has(p);
const isIdeaPermission = (p: Permission): p is IdeaPermission => p.startsWith('idea.');

/**
 * The one access layer (immich's `requireAccess`): every route declares a Permission
 * (`@Access`, enforced by AccessGuard) and services call `requireAccess` for ids that do not come
 * from the route. Each check of a set of ids costs one or two queries. Strangers get 404 for
 * objects they may not know exist and 403 where the object is public knowledge.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly repo: AccessRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Throws the first refusal (404 or 403) for any of `ids`; anonymous callers pass `undefined`. */
  async requireAccess(
    user: AuthUser | undefined,
    permission: Permission,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<void> {
    const refusal = (await this.decide(user, permission, [...new Set(ids)], manager)).find((d) => d !== null);
    if (refusal) throw refusal;
  }

  /** The subset of `ids` the caller may act on with `permission`. */
  async checkAccess(
    user: AuthUser | undefined,
    permission: Permission,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const decisions = await this.decide(user, permission, unique, manager);
    return new Set(unique.filter((_, n) => decisions[n] === null));
  }

  /** The roles the user holds in any council hosting the challenge (lead or co-host). */
  hostRoles(userId: string, challengeId: string, manager?: EntityManager): Promise<OrganisationRole[]> {
    return this.repo.hostRoles(userId, challengeId, manager);
  }

  /** Moderators and admins of a hosting council moderate a challenge's ideas and comments. */
  async canModerateChallenge(userId: string, challengeId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.hostRoles(userId, challengeId, manager)).length > 0;
  }

  /** Judges are appointed per challenge: judging one challenge gives no rights on another. */
  async isJudge(userId: string, challengeId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.repo.challenges([challengeId], userId, manager))[0]?.is_judge ?? false;
  }

  async isHostAdmin(userId: string, challengeId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.hostRoles(userId, challengeId, manager)).includes('admin');
  }

  /** One decision per id, in the order of `ids`. */
  private async decide(
    user: AuthUser | undefined,
    permission: Permission,
    ids: string[],
    manager?: EntityManager,
  ): Promise<Decision[]> {
    const userId = user?.id ?? null;
    if (permission === 'organisation.create') {
      return [user?.isPlatformAdmin ? null : new ForbiddenException('Only a platform admin can do this')];
    }
    if (permission === 'moderation.queue') {
      const moderates = user ? await this.repo.moderatesAny(user.id, manager) : false;
      const message = 'You need the moderator or admin role in a council to see a moderation queue';
      return [moderates ? null : new ForbiddenException(message)];
    }
    if (ids.length === 0) return [];
    if (isChallengePermission(permission)) {
      const rows = byId(await this.repo.challenges(ids, userId, manager));
      const now = this.clock.now();
      return ids.map((id) => decideChallenge(permission, rows.get(id), now));
    }
    if (isIdeaPermission(permission)) {
      const rows = byId(await this.repo.ideas(ids, userId, manager));
      const now = this.clock.now();
      return ids.map((id) => decideIdea(permission, rows.get(id), user?.id, now));
    }
    switch (permission) {
      case 'attachment.read': {
        const ideaOf = await this.repo.attachmentIdeas(ids, manager);
        const ideas = byId(await this.repo.ideas([...new Set(ideaOf.values())], userId, manager));
        return ids.map((id) => {
          const ideaId = ideaOf.get(id);
          const idea = ideaId ? ideas.get(ideaId) : undefined;
          return decideIdea('idea.read', idea, user?.id, this.clock.now(), 'No attachment with that id');
        });
      }
      case 'comment.moderate': {
        if (!user) return ids.map(() => new NotFoundException('No comment with that id'));
        const comments = byId(await this.repo.comments(ids, manager));
        const ideaIds = [...new Set([...comments.values()].map((c) => c.idea_id))];
        const ideas = byId(await this.repo.ideas(ideaIds, user.id, manager));
        return ids.map((id) => {
          const comment = comments.get(id);
          return decideCommentModeration(comment, comment ? ideas.get(comment.idea_id) : undefined, user.id);
        });
      }
      case 'assignment.score': {
        const own = user ? await this.repo.ownAssignments(ids, user.id, manager) : new Set<string>();
        return ids.map((id) => (own.has(id) ? null : new NotFoundException('No assignment with that id')));
      }
      case 'challenge.create':
      case 'organisation.manage':
      case 'organisation.moderate': {
        const rows = byId(await this.repo.organisations(ids, userId, manager));
        const moderate = permission === 'organisation.moderate';
        return ids.map((id) => {
          const org = rows.get(id);
          if (!org) return new NotFoundException('No organisation with that id');
          if (org.is_admin || (moderate && org.is_moderator)) return null;
          if (user?.isPlatformAdmin && permission !== 'challenge.create') return null;
          const roles = moderate ? 'moderator or admin' : 'admin';
          return new ForbiddenException(`You need the ${roles} role in this organisation to do this`);
        });
      }
      default:
        throw new Error(`No access rule for ${permission}`);
    }
  }
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}
