import { Injectable } from '@nestjs/common';
import type { ModerationStatus } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import type { CommentRow } from './comment.mapper';
import { findIdeaFacts, IdeaFacts } from './idea-facts';

const SELECT_COMMENT = `
  SELECT cm.id, cm.idea_id, cm.author_id, u.display_name AS author_name,
         CASE WHEN u.erased_at IS NULL THEN u.email END AS author_email, u.locale AS author_locale,
         cm.body, cm.moderation_status, cm.hidden_reason, cm.created_at
    FROM idea_comments cm JOIN users u ON u.id = cm.author_id`;

export type CommentListFilter = {
  /** Also the viewer's own pending and hidden comments. */
  viewerId?: string;
  /** Every comment, whatever its moderation status (the challenge's moderators). */
  everything: boolean;
  page: number;
  pageSize: number;
};

/** Every query on idea_comments, and the idea's comment counter. Pass the transaction's manager inside a transaction. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  ideaFacts(ideaId: string, manager?: EntityManager): Promise<IdeaFacts | null> {
    return findIdeaFacts(this.m(manager), ideaId);
  }

  async findById(id: string, manager?: EntityManager): Promise<CommentRow | null> {
    const rows: CommentRow[] = await this.m(manager).query(`${SELECT_COMMENT} WHERE cm.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The comment's moderation status, locking the row until the transaction ends. */
  async lockStatus(id: string, manager: EntityManager): Promise<ModerationStatus | null> {
    const rows: { moderation_status: ModerationStatus }[] = await manager.query(
      `SELECT moderation_status FROM idea_comments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.moderation_status ?? null;
  }

  /** An idea's comments, oldest first: approved ones, plus the viewer's own, or all for moderators. */
  async list(ideaId: string, filter: CommentListFilter): Promise<CommentRow[]> {
    return this.dataSource.query<CommentRow[]>(
      `${SELECT_COMMENT}
        WHERE cm.idea_id = $1 AND ($2::boolean OR cm.moderation_status = 'approved' OR cm.author_id = $3::uuid)
        ORDER BY cm.created_at, cm.id LIMIT $4 OFFSET $5`,
      [ideaId, filter.everything, filter.viewerId ?? null, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
  }

  async insert(
    values: { ideaId: string; authorId: string; body: string; moderationStatus: ModerationStatus },
    manager: EntityManager,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO idea_comments (idea_id, author_id, body, moderation_status) VALUES ($1, $2, $3, $4) RETURNING id`,
      [values.ideaId, values.authorId, values.body, values.moderationStatus],
    );
    return rows[0]?.id ?? '';
  }

  async setModeration(
    id: string,
    status: ModerationStatus,
    hiddenReason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`UPDATE idea_comments SET moderation_status = $2, hidden_reason = $3 WHERE id = $1`, [
      id,
      status,
      hiddenReason,
    ]);
  }

  /** Keeps ideas.comment_count equal to the number of approved comments; call in the same transaction. */
  async adjustCommentCount(ideaId: string, delta: number, manager: EntityManager): Promise<void> {
    if (delta === 0) return;
    await manager.query(`UPDATE ideas SET comment_count = comment_count + $2 WHERE id = $1`, [ideaId, delta]);
  }
}
