import { Injectable } from '@nestjs/common';
import type { IdeaSort, PersonRef } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { IdeaAttachmentEntity, IdeaEntity, IdeaInvitationEntity } from './idea.entity';
import { PUBLICLY_LISTED } from './idea-visibility';

/** One row of a listing: the idea's summary columns and its author's name, from one join. */
export type IdeaListRow = {
  id: string;
  challenge_id: string;
  title: string;
  summary: string;
  category: string | null;
  entrant_category: string | null;
  status: IdeaEntity['status'];
  moderation_status: IdeaEntity['moderationStatus'];
  author_id: string;
  author_name: string;
  vote_count: number;
  comment_count: number;
  submitted_at: Date | null;
  created_at: Date;
};

export type IdeaListFilter = {
  challengeId: string;
  q?: string;
  category?: string;
  /** `relevance` only with `q`. */
  order: IdeaSort | 'relevance';
  seed: string;
  page: number;
  pageSize: number;
};

export type SimilarRow = { id: string; title: string; summary: string; similarity: number; vote_count: number };

/** Every query on the ideas tables (and the challenge facts ideas need). Pass the transaction's manager inside one. */
@Injectable()
export class IdeasRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findChallenge(id: string, manager?: EntityManager): Promise<ChallengeEntity | null> {
    return this.m(manager).findOneBy(ChallengeEntity, { id });
  }

  /** The rules version in force (the latest), or null when the challenge has no rules. */
  async rulesVersionInForce(challengeId: string, manager?: EntityManager): Promise<number | null> {
    const rows: { version: number | null }[] = await this.m(manager).query(
      `SELECT max(version) AS version FROM challenge_rules_versions WHERE challenge_id = $1`,
      [challengeId],
    );
    return rows[0]?.version ?? null;
  }

  /** Locks the idea row for the rest of the transaction when `lock` is set (attachments count, submit). */
  findIdea(id: string, manager?: EntityManager, lock = false): Promise<IdeaEntity | null> {
    return this.m(manager).findOne(IdeaEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async teamUserIds(ideaId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { user_id: string }[] = await this.m(manager).query(
      `SELECT user_id FROM idea_coauthors WHERE idea_id = $1`,
      [ideaId],
    );
    return rows.map((r) => r.user_id);
  }

  /** The author and accepted co-authors (the co-authors in the order they joined). */
  async people(ideaId: string, manager?: EntityManager): Promise<{ author: PersonRef; team: PersonRef[] }> {
    const rows: { id: string; display_name: string; is_author: boolean }[] = await this.m(manager).query(
      `SELECT u.id, u.display_name, true AS is_author FROM ideas i JOIN users u ON u.id = i.author_id WHERE i.id = $1
       UNION ALL
       SELECT * FROM (SELECT u.id, u.display_name, false AS is_author FROM idea_coauthors c JOIN users u ON u.id = c.user_id
                       WHERE c.idea_id = $1 ORDER BY c.added_at, u.id) team`,
      [ideaId],
    );
    const toRef = (r: { id: string; display_name: string }): PersonRef => ({ id: r.id, displayName: r.display_name });
    const author = rows.find((r) => r.is_author);
    return {
      author: author ? toRef(author) : { id: '', displayName: '' },
      team: rows.filter((r) => !r.is_author).map(toRef),
    };
  }

  attachments(ideaId: string, manager?: EntityManager): Promise<IdeaAttachmentEntity[]> {
    return this.m(manager)
      .createQueryBuilder(IdeaAttachmentEntity, 'a')
      .where('a.idea_id = :ideaId AND a.deleted_at IS NULL', { ideaId })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  openInvitations(ideaId: string, now: Date, manager?: EntityManager): Promise<IdeaInvitationEntity[]> {
    return this.m(manager)
      .createQueryBuilder(IdeaInvitationEntity, 'v')
      .where('v.idea_id = :ideaId AND v.accepted_at IS NULL AND v.revoked_at IS NULL AND v.expires_at > :now', {
        ideaId,
        now,
      })
      .orderBy('v.created_at', 'ASC')
      .getMany();
  }

  async insertIdea(values: Partial<IdeaEntity>, manager?: EntityManager): Promise<string> {
    const result = await this.m(manager).insert(IdeaEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateIdea(id: string, values: Partial<IdeaEntity>, manager?: EntityManager): Promise<void> {
    await this.m(manager).update(IdeaEntity, { id }, values);
  }

  /** One page of publicly listed ideas and the total: two queries, whatever the page size. */
  async list(filter: IdeaListFilter, manager?: EntityManager): Promise<{ rows: IdeaListRow[]; total: number }> {
    const params: unknown[] = [filter.challengeId];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const conditions = ['i.challenge_id = $1', PUBLICLY_LISTED];
    const query = filter.q ? `websearch_to_tsquery('english', ${param(filter.q)})` : undefined;
    if (query) conditions.push(`i.search @@ ${query}`);
    if (filter.category !== undefined) conditions.push(`i.category = ${param(filter.category)}`);
    const where = conditions.join(' AND ');
    const countParams = [...params];
    const order =
      filter.order === 'top'
        ? 'i.vote_count DESC, i.id'
        : filter.order === 'recent'
          ? 'i.submitted_at DESC, i.id'
          : filter.order === 'relevance' && query
            ? `ts_rank(i.search, ${query}) DESC, i.submitted_at DESC, i.id`
            : `md5(i.id::text || ${param(filter.seed)}), i.id`;
    const rows: IdeaListRow[] = await this.m(manager).query(
      `SELECT i.id, i.challenge_id, i.title, i.summary, i.category, i.entrant_category, i.status, i.moderation_status,
              i.author_id, u.display_name AS author_name, i.vote_count, i.comment_count, i.submitted_at, i.created_at
         FROM ideas i JOIN users u ON u.id = i.author_id
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${param(filter.pageSize)} OFFSET ${param((filter.page - 1) * filter.pageSize)}`,
      params,
    );
    const count: { total: number }[] = await this.m(manager).query(
      `SELECT count(*)::int AS total FROM ideas i WHERE ${where}`,
      countParams,
    );
    return { rows, total: count[0]?.total ?? 0 };
  }

  /**
   * Publicly listed ideas of the challenge whose title is trigram-similar to `title` (> 0.2) or that
   * match it as a full-text search, most similar first.
   */
  similar(challengeId: string, title: string, limit: number, manager?: EntityManager): Promise<SimilarRow[]> {
    return this.m(manager).query(
      `SELECT i.id, i.title, i.summary, i.vote_count, round(similarity(i.title, $2)::numeric, 3)::float8 AS similarity
         FROM ideas i
        WHERE i.challenge_id = $1 AND ${PUBLICLY_LISTED}
          AND (i.title % $2 OR i.search @@ websearch_to_tsquery('english', $2))
        ORDER BY similarity(i.title, $2) DESC, ts_rank(i.search, websearch_to_tsquery('english', $2)) DESC,
                 i.vote_count DESC, i.id
        LIMIT ${limit}`,
      [challengeId, title],
    );
  }
}
