import { Injectable } from '@nestjs/common';
import type { ModerationStatus, ModerationTargetType } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import type { ModerationItemRow } from './moderation.mapper';

export type QueueStatus = 'pending' | 'reported' | 'hidden';

/**
 * Ideas and comments as moderation items, `reported` meaning an open report on the item itself.
 * `ideaScope` / `commentScope` restrict each branch (alias i for the idea, cm for the comment).
 * Drafts are never moderated: moderators cannot see them.
 */
const items = (ideaScope: string, commentScope: string): string => `
  SELECT 'idea'::text AS target_type, i.id AS target_id, i.id AS idea_id, i.challenge_id, c.title AS challenge_title,
         i.title AS text, i.author_id, u.display_name AS author_name, i.moderation_status, i.hidden_reason,
         i.created_at,
         EXISTS (SELECT 1 FROM content_reports r
                  WHERE r.idea_id = i.id AND r.comment_id IS NULL AND r.status = 'open') AS reported
    FROM ideas i JOIN challenges c ON c.id = i.challenge_id JOIN users u ON u.id = i.author_id
   WHERE i.status <> 'draft' AND ${ideaScope}
  UNION ALL
  SELECT 'comment'::text, cm.id, cm.idea_id, i.challenge_id, c.title, cm.body, cm.author_id, u.display_name,
         cm.moderation_status, cm.hidden_reason, cm.created_at,
         EXISTS (SELECT 1 FROM content_reports r WHERE r.comment_id = cm.id AND r.status = 'open')
    FROM idea_comments cm JOIN ideas i ON i.id = cm.idea_id JOIN challenges c ON c.id = i.challenge_id
    JOIN users u ON u.id = cm.author_id
   WHERE i.status <> 'draft' AND ${commentScope}`;

const HOSTED_BY = `i.challenge_id IN (SELECT h.challenge_id FROM challenge_hosts h WHERE h.organisation_id = ANY($1::uuid[]))`;

const STATUS_FILTER: Record<QueueStatus | 'any', string> = {
  pending: `q.moderation_status = 'pending'`,
  hidden: `q.moderation_status = 'hidden'`,
  reported: `q.reported`,
  any: `(q.moderation_status IN ('pending', 'hidden') OR q.reported)`,
};

/** The moderation queue and the moderation columns of ideas. Pass the transaction's manager inside a transaction. */
@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Councils in which the user is a moderator or an admin. */
  async moderatedOrganisationIds(userId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT organisation_id FROM organisation_members WHERE user_id = $1 AND role IN ('moderator', 'admin')`,
      [userId],
    );
    return rows.map((r) => r.organisation_id);
  }

  /** Pending, reported and hidden items of challenges hosted (lead or co-host) by the councils, oldest first. */
  async queue(filter: {
    organisationIds: string[];
    status?: QueueStatus;
    page: number;
    pageSize: number;
  }): Promise<{ rows: ModerationItemRow[]; total: number }> {
    const from = `FROM (${items(HOSTED_BY, HOSTED_BY)}) q WHERE ${STATUS_FILTER[filter.status ?? 'any']}`;
    const rows = await this.dataSource.query<ModerationItemRow[]>(
      `SELECT q.* ${from} ORDER BY q.created_at, q.target_id LIMIT $2 OFFSET $3`,
      [filter.organisationIds, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const counted = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, [
      filter.organisationIds,
    ]);
    return { rows, total: counted[0]?.total ?? 0 };
  }

  /** One idea or comment as a moderation item, whatever its state. */
  async item(targetType: ModerationTargetType, id: string, manager?: EntityManager): Promise<ModerationItemRow | null> {
    const sql = targetType === 'idea' ? items('i.id = $1', 'FALSE') : items('FALSE', 'cm.id = $1');
    const rows: ModerationItemRow[] = await this.m(manager).query(sql, [id]);
    return rows[0] ?? null;
  }

  /** The idea's moderation status, locking the row until the transaction ends. */
  async lockIdeaStatus(id: string, manager: EntityManager): Promise<ModerationStatus | null> {
    const rows: { moderation_status: ModerationStatus }[] = await manager.query(
      `SELECT moderation_status FROM ideas WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.moderation_status ?? null;
  }

  async setIdeaModeration(
    id: string,
    status: ModerationStatus,
    hiddenReason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`UPDATE ideas SET moderation_status = $2, hidden_reason = $3 WHERE id = $1`, [
      id,
      status,
      hiddenReason,
    ]);
  }
}
