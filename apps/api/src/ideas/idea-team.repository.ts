import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IdeaInvitationEntity } from './idea.entity';

/** Queries on idea_invitations and idea_coauthors. */
@Injectable()
export class IdeaTeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Whether the email belongs to the author or an accepted co-author of the idea. */
  async isOnTeam(ideaId: string, email: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM users u
        WHERE lower(u.email) = $2
          AND (u.id = (SELECT author_id FROM ideas WHERE id = $1)
               OR u.id IN (SELECT user_id FROM idea_coauthors WHERE idea_id = $1))
        LIMIT 1`,
      [ideaId, email],
    );
    return rows.length > 0;
  }

  /** An open invitation (not accepted or revoked) to this email, expired or not. */
  openInvitationFor(ideaId: string, email: string, manager?: EntityManager): Promise<IdeaInvitationEntity | null> {
    return this.m(manager)
      .createQueryBuilder(IdeaInvitationEntity, 'v')
      .where('v.idea_id = :ideaId AND v.email = :email AND v.accepted_at IS NULL AND v.revoked_at IS NULL', {
        ideaId,
        email,
      })
      .getOne();
  }

  /** Co-authors plus open (unexpired) invitations: the seats taken besides the author. */
  async seatsTaken(ideaId: string, now: Date, manager?: EntityManager): Promise<number> {
    const rows: { n: number }[] = await this.m(manager).query(
      `SELECT (SELECT count(*) FROM idea_coauthors WHERE idea_id = $1)::int
            + (SELECT count(*) FROM idea_invitations
                WHERE idea_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2)::int AS n`,
      [ideaId, now],
    );
    return rows[0]?.n ?? 0;
  }

  /** Invitations created in the last 24 hours by the database's clock (one clock for every replica). */
  async invitationsInLastDay(ideaId: string, manager?: EntityManager): Promise<number> {
    const rows: { n: number }[] = await this.m(manager).query(
      `SELECT count(*)::int AS n FROM idea_invitations WHERE idea_id = $1 AND created_at > now() - interval '24 hours'`,
      [ideaId],
    );
    return rows[0]?.n ?? 0;
  }

  async ideaStatus(ideaId: string, manager?: EntityManager): Promise<string | null> {
    const rows: { status: string }[] = await this.m(manager).query(`SELECT status FROM ideas WHERE id = $1`, [ideaId]);
    return rows[0]?.status ?? null;
  }

  async insertInvitation(values: Partial<IdeaInvitationEntity>, manager: EntityManager): Promise<string> {
    const result = await manager.insert(IdeaInvitationEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  findInvitation(id: string, manager?: EntityManager): Promise<IdeaInvitationEntity | null> {
    return this.m(manager).findOneBy(IdeaInvitationEntity, { id });
  }

  findInvitationByTokenHash(tokenHash: string, manager?: EntityManager): Promise<IdeaInvitationEntity | null> {
    return this.m(manager).findOne(IdeaInvitationEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async revoke(id: string, now: Date, manager?: EntityManager): Promise<void> {
    await this.m(manager).update(IdeaInvitationEntity, { id }, { revokedAt: now });
  }

  async accept(id: string, userId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.update(IdeaInvitationEntity, { id }, { acceptedAt: now, acceptedBy: userId });
  }

  async addCoauthor(ideaId: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2) ON CONFLICT (idea_id, user_id) DO NOTHING`,
      [ideaId, userId],
    );
  }
}
