import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ReportRow } from './comment.mapper';

/** A report's target: an idea (commentId null) or one of its comments. */
export type ReportTarget = { ideaId: string; commentId: string | null };

const COLUMNS = `id, idea_id, comment_id, reason, status, created_at`;
const SAME_TARGET = `idea_id = $1 AND comment_id IS NOT DISTINCT FROM $2::uuid`;

/** Every query on content_reports. Pass the transaction's manager inside a transaction. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Files a report unless the reporter already has an open one on the same target (the partial
   * unique index content_reports_open_key decides, so concurrent duplicates cannot slip through).
   * Returns the new row, or null when one was already open.
   */
  async insertUnlessOpen(
    values: ReportTarget & { challengeId: string; reporterId: string; reason: string },
    manager?: EntityManager,
  ): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.m(manager).query(
      `INSERT INTO content_reports (challenge_id, idea_id, comment_id, reporter_id, reason)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (reporter_id, idea_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid))
         WHERE status = 'open' DO NOTHING
       RETURNING ${COLUMNS}`,
      [values.challengeId, values.ideaId, values.commentId, values.reporterId, values.reason],
    );
    return rows[0] ?? null;
  }

  async findOpenByReporter(
    target: ReportTarget,
    reporterId: string,
    manager?: EntityManager,
  ): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.m(manager).query(
      `SELECT ${COLUMNS} FROM content_reports WHERE ${SAME_TARGET} AND reporter_id = $3 AND status = 'open'`,
      [target.ideaId, target.commentId, reporterId],
    );
    return rows[0] ?? null;
  }

  /** Closes every open report on the target; returns the closed reports' ids. */
  async closeOpen(
    target: ReportTarget,
    outcome: 'resolved' | 'dismissed',
    resolvedBy: string,
    manager: EntityManager,
  ): Promise<string[]> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE content_reports SET status = $3, resolved_by = $4, resolved_at = now()
        WHERE ${SAME_TARGET} AND status = 'open' RETURNING id`,
      [target.ideaId, target.commentId, outcome, resolvedBy],
    );
    return rows.map((r) => r.id);
  }

  /** Every report (any status) on these ideas (not their comments) and these comments, oldest first. */
  async forTargets(ideaIds: string[], commentIds: string[], manager?: EntityManager): Promise<ReportRow[]> {
    if (ideaIds.length === 0 && commentIds.length === 0) return [];
    return this.m(manager).query(
      `SELECT ${COLUMNS} FROM content_reports
        WHERE (comment_id IS NULL AND idea_id = ANY($1::uuid[])) OR comment_id = ANY($2::uuid[])
        ORDER BY created_at, id`,
      [ideaIds, commentIds],
    );
  }
}
