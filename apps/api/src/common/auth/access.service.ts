import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationRole } from '@challenge/contract';
import type { AuthUser } from './auth-user';

/** Access checks shared by services: which organisation roles the caller holds. */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  async rolesIn(userId: string, organisationId: string): Promise<OrganisationRole[]> {
    const rows: { role: OrganisationRole }[] = await this.dataSource.query(
      `SELECT role FROM organisation_members WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    );
    return rows.map((r) => r.role);
  }

  /**
   * Passes when the caller holds one of `roles` in the organisation (platform admins pass too
   * when `allowPlatformAdmin`). Strangers get 404 for objects they cannot know about and 403
   * where the organisation is public knowledge.
   */
  async requireOrganisationRole(
    user: AuthUser,
    organisationId: string,
    roles: OrganisationRole[],
    { allowPlatformAdmin = true }: { allowPlatformAdmin?: boolean } = {},
  ): Promise<void> {
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM organisations WHERE id = $1`, [
      organisationId,
    ]);
    if (exists.length === 0) throw new NotFoundException('No organisation with that id');
    if (allowPlatformAdmin && user.isPlatformAdmin) return;
    const held = await this.rolesIn(user.id, organisationId);
    if (!held.some((role) => roles.includes(role))) {
      throw new ForbiddenException(`You need the ${roles.join(' or ')} role in this organisation to do this`);
    }
  }

  /** The roles the user holds in any council hosting the challenge (lead or co-host). */
  async hostRoles(
    userId: string,
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationRole[]> {
    const rows: { role: OrganisationRole }[] = await manager.query(
      `SELECT DISTINCT om.role FROM challenge_hosts ch
         JOIN organisation_members om ON om.organisation_id = ch.organisation_id
        WHERE ch.challenge_id = $1 AND om.user_id = $2`,
      [challengeId, userId],
    );
    return rows.map((r) => r.role);
  }

  /** Moderators and admins of a hosting council moderate a challenge's ideas and comments. */
  async canModerateChallenge(userId: string, challengeId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.hostRoles(userId, challengeId, manager)).length > 0;
  }

  /** Judges are appointed per challenge: judging one challenge gives no rights on another. */
  async isJudge(
    userId: string,
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM challenge_judges WHERE challenge_id = $1 AND user_id = $2`,
      [challengeId, userId],
    );
    return rows.length > 0;
  }

  requirePlatformAdmin(user: AuthUser): void {
    if (!user.isPlatformAdmin) throw new ForbiddenException('Only a platform admin can do this');
  }
}
