import type { Locale } from '@challenge/contract';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationRole } from '@challenge/contract';
import { MemberRow, OrganisationRow } from './organisation.mapper';

const MEMBER_COLUMNS = `m.user_id, u.display_name, u.email, m.role, m.created_at`;

/** Every query on organisations and organisation_members. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    values: { name: string; slug: string; createdByUserId: string | null },
  ): Promise<OrganisationRow> {
    const rows: OrganisationRow[] = await manager.query(
      `INSERT INTO organisations (name, slug, created_by_user_id) VALUES ($1, $2, $3) RETURNING id, name, slug, created_at`,
      [values.name, values.slug, values.createdByUserId],
    );
    return rows[0] as OrganisationRow;
  }

  list(): Promise<OrganisationRow[]> {
    return this.dataSource.query(`SELECT id, name, slug, created_at FROM organisations ORDER BY name`);
  }

  async findById(id: string): Promise<OrganisationRow | null> {
    const rows: OrganisationRow[] = await this.dataSource.query(
      `SELECT id, name, slug, created_at FROM organisations WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the organisation row so membership changes in one organisation run one at a time. */
  async lockForMembershipChange(manager: EntityManager, id: string): Promise<OrganisationRow | null> {
    const rows: OrganisationRow[] = await manager.query(
      `SELECT id, name, slug, created_at FROM organisations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  listMembers(organisationId: string): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.erased_at IS NULL
        ORDER BY m.role, u.display_name`,
      [organisationId],
    );
  }

  async findMember(manager: EntityManager, organisationId: string, userId: string): Promise<MemberRow | null> {
    const rows: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.user_id = $2`,
      [organisationId, userId],
    );
    return rows[0] ?? null;
  }

  async countAdmins(manager: EntityManager, organisationId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM organisation_members WHERE organisation_id = $1 AND role = 'admin'`,
      [organisationId],
    );
    return rows[0]?.n ?? 0;
  }

  async insertMember(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<void> {
    await manager.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
      organisationId,
      userId,
      role,
    ]);
  }

  async updateMemberRole(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<void> {
    await manager.query(`UPDATE organisation_members SET role = $3 WHERE organisation_id = $1 AND user_id = $2`, [
      organisationId,
      userId,
      role,
    ]);
  }

  async deleteMember(manager: EntityManager, organisationId: string, userId: string): Promise<void> {
    await manager.query(`DELETE FROM organisation_members WHERE organisation_id = $1 AND user_id = $2`, [
      organisationId,
      userId,
    ]);
  }

  /** A live (not erased) account by email, case-insensitively. */
  async findLiveUserByEmail(
    manager: EntityManager,
    email: string,
  ): Promise<{ id: string; email: string; display_name: string; locale: Locale } | null> {
    const rows: { id: string; email: string; display_name: string; locale: Locale }[] = await manager.query(
      `SELECT id, email, display_name, locale FROM users WHERE email = lower($1) AND erased_at IS NULL`,
      [email],
    );
    return rows[0] ?? null;
  }
}
