import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry, Page } from '@challenge/contract';
import { AuditEntryRow, toAuditEntry } from './audit-entry.mapper';

export type AuditRecord = {
  actorUserId: string | null;
  organisationId?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

export type PageRequest = { page: number; pageSize: number };

/** Writes and reads the audit log. Pass the transaction's manager so an entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, organisation_id, action, target_type, target_id, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        entry.actorUserId,
        entry.organisationId ?? null,
        entry.action,
        entry.targetType,
        entry.targetId ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** One organisation's entries, newest first. Access checks are the caller's job. */
  async listForOrganisation(organisationId: string, { page, pageSize }: PageRequest): Promise<Page<AuditEntry>> {
    const [rows, counted] = await Promise.all([
      this.dataSource.query<AuditEntryRow[]>(
        `SELECT a.id, a.occurred_at, a.actor_user_id, u.display_name AS actor_display_name,
                a.action, a.target_type, a.target_id, a.details
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
          WHERE a.organisation_id = $1
          ORDER BY a.occurred_at DESC, a.id DESC
          LIMIT $2 OFFSET $3`,
        [organisationId, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM audit_log WHERE organisation_id = $1`,
        [organisationId],
      ),
    ]);
    return { items: rows.map(toAuditEntry), total: counted[0]?.total ?? 0, page, pageSize };
  }
}
