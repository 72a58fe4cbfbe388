import type { Locale } from '@challenge/contract';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationRole } from '@challenge/contract';
import { MEMBER_ROW, MemberRow, ORGANISATION_ROW, OrganisationRow } from './organisation.mapper';
import { oneOf, queryOne, queryRows } from '../common/sql/typed-query';

const MEMBER_COLUMNS = `m.user_id, u.display_name, u.email, m.role, m.created_at`;

/** Every query on organisations and organisation_members. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    values: { name: string; slug: string; createdByUserId: string | null },
  ): Promise<OrganisationRow> {
    const row = await queryOne(
      manager,
      `INSERT INTO organisations (name, slug, created_by_user_id) VALUES ($1, $2, $3) RETURNING id, name, slug, created_at`,
      [values.name, values.slug, values.createdByUserId],
      ORGANISATION_ROW,
    );
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return row;
  }

  list(): Promise<OrganisationRow[]> {
    return queryRows(
      this.dataSource,
      `SELECT id, name, slug, created_at FROM organisations ORDER BY name`,
      [],
      ORGANISATION_ROW,
    );
  }

  async findById(id: string): Promise<OrganisationRow | null> {
    const rows = await queryRows(
      this.dataSource,
      `SELECT id, name, slug, created_at FROM organisations WHERE id = $1`,
      [id],
      ORGANISATION_ROW,
    );
    return rows[0] ?? null;
  }

  /** Locks the organisation row so membership changes in one organisation run one at a time. */
  async lockForMembershipChange(manager: EntityManager, id: string): Promise<OrganisationRow | null> {
    const rows = await queryRows(
      manager,
      `SELECT id, name, slug, created_at FROM organisations WHERE id = $1 FOR UPDATE`,
      [id],
      ORGANISATION_ROW,
    );
    return rows[0] ?? null;
  }

  listMembers(organisationId: string): Promise<MemberRow[]> {
    return queryRows(
      this.dataSource,
      `SELECT ${MEMBER_COLUMNS}
         FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.erased_at IS NULL
        ORDER BY m.role, u.display_name`,
      [organisationId],
      MEMBER_ROW,
    );
  }

  async findMember(manager: EntityManager, organisationId: string, userId: string): Promise<MemberRow | null> {
    const rows = await queryRows(
      manager,
      `SELECT ${MEMBER_COLUMNS}
         FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.user_id = $2`,
      [organisationId, userId],
      MEMBER_ROW,
    );
    return rows[0] ?? null;
  }

  async countAdmins(manager: EntityManager, organisationId: string): Promise<number> {
    const rows = await queryRows(
      manager,
      `SELECT count(*)::int AS n FROM organisation_members WHERE organisation_id = $1 AND role = 'admin'`,
      [organisationId],
      { n: 'int' },
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
    const rows = await queryRows(
      manager,
      `SELECT id, email, display_name, locale FROM users WHERE email = lower($1) AND erased_at IS NULL`,
      [email],
      { id: 'uuid', email: 'text', display_name: 'text', locale: oneOf<Locale>('en', 'cy') },
    );
    return rows[0] ?? null;
  }
}
