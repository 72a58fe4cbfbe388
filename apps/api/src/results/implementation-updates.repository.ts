import { Injectable } from '@nestjs/common';
import type { ImplementationStatus, Locale } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { PUBLICLY_LISTED } from '../ideas/idea-visibility';

export type ImplementationUpdateRow = {
  id: string;
  challenge_id: string;
  idea_id: string;
  idea_title: string;
  status: ImplementationStatus;
  body: string;
  body_cy: string | null;
  /** bigint: pg returns it as text. */
  spend_pence: string | null;
  created_at: Date;
};

export type UpdateTarget = { id: string; title: string; listed: boolean };

/** Someone who follows an idea: its author, a co-author or a supporter (a signed-in voter). */
export type DigestRecipientRow = {
  user_id: string;
  email: string;
  display_name: string;
  locale: Locale;
  idea_ids: string[];
};

export type DigestUpdateRow = ImplementationUpdateRow & { challenge_title: string; challenge_title_cy: string | null };

const COLUMNS = `u.id, u.challenge_id, u.idea_id, i.title AS idea_title, u.status, u.body, u.body_cy, u.spend_pence,
                 u.created_at`;

/** Implementation updates on winning ideas and the queries of their email digest. */
@Injectable()
export class ImplementationUpdatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findIdea(challengeId: string, ideaId: string): Promise<UpdateTarget | null> {
    const rows: UpdateTarget[] = await this.dataSource.query(
      `SELECT i.id, i.title, (${PUBLICLY_LISTED}) AS listed FROM ideas i
        WHERE i.id = $1 AND i.challenge_id = $2 AND i.status <> 'draft'`,
      [ideaId, challengeId],
    );
    return rows[0] ?? null;
  }

  /** A winning idea holds at least one prize slot of the challenge. */
  async isAwarded(challengeId: string, ideaId: string, m: EntityManager): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM prize_awards WHERE challenge_id = $1 AND idea_id = $2 LIMIT 1`,
      [challengeId, ideaId],
    );
    return rows.length > 0;
  }

  async insert(
    values: {
      challengeId: string;
      ideaId: string;
      authorId: string;
      status: ImplementationStatus;
      body: string;
      bodyCy: string | null;
      spendPence: number | null;
      createdAt: Date;
    },
    m: EntityManager,
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO implementation_updates (challenge_id, idea_id, author_id, status, body, body_cy, spend_pence, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.challengeId,
        values.ideaId,
        values.authorId,
        values.status,
        values.body,
        values.bodyCy,
        values.spendPence,
        values.createdAt,
      ],
    );
    return rows[0]?.id ?? '';
  }

  async findById(id: string): Promise<ImplementationUpdateRow | null> {
    const rows: ImplementationUpdateRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM implementation_updates u JOIN ideas i ON i.id = u.idea_id WHERE u.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * A challenge's updates (one idea's with `ideaId`), newest first. `listedOnly` keeps those on
   * ideas shown in public listings (for anyone but the hosting councils' admins).
   */
  async list(
    challengeId: string,
    { ideaId, listedOnly }: { ideaId?: string; listedOnly: boolean },
  ): Promise<ImplementationUpdateRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM implementation_updates u JOIN ideas i ON i.id = u.idea_id
        WHERE u.challenge_id = $1 AND ($2::uuid IS NULL OR u.idea_id = $2) AND (NOT $3 OR (${PUBLICLY_LISTED}))
        ORDER BY u.created_at DESC, u.id DESC`,
      [challengeId, ideaId ?? null, listedOnly],
    );
  }

  /**
   * Locks the updates not yet sent in a digest, oldest first; another replica running the digest
   * at the same time skips them, so no update is sent twice.
   */
  async lockUndigested(m: EntityManager): Promise<DigestUpdateRow[]> {
    return m.query(
      `SELECT ${COLUMNS}, c.title AS challenge_title, c.title_cy AS challenge_title_cy
         FROM implementation_updates u
         JOIN ideas i ON i.id = u.idea_id
         JOIN challenges c ON c.id = u.challenge_id
        WHERE u.digested_at IS NULL
        ORDER BY u.created_at, u.id
        FOR UPDATE OF u SKIP LOCKED`,
    );
  }

  /**
   * Everyone who follows one of `ideaIds` and can still be written to, with the ideas they follow:
   * the author, accepted co-authors, and supporters (valid votes cast while signed in). Erased
   * accounts have no email and are left out.
   */
  async recipients(ideaIds: string[], m: EntityManager): Promise<DigestRecipientRow[]> {
    return m.query(
      `WITH followers AS (
         SELECT i.author_id AS user_id, i.id AS idea_id FROM ideas i WHERE i.id = ANY($1::uuid[])
         UNION
         SELECT ca.user_id, ca.idea_id FROM idea_coauthors ca WHERE ca.idea_id = ANY($1::uuid[])
         UNION
         SELECT v.user_id, v.idea_id FROM idea_votes v
          WHERE v.idea_id = ANY($1::uuid[]) AND v.user_id IS NOT NULL AND v.invalidated_at IS NULL
       )
       SELECT us.id AS user_id, us.email, us.display_name, us.locale,
              array_agg(f.idea_id::text ORDER BY f.idea_id) AS idea_ids
         FROM followers f JOIN users us ON us.id = f.user_id
        WHERE us.erased_at IS NULL AND us.email IS NOT NULL
        GROUP BY us.id, us.email, us.display_name, us.locale
        ORDER BY us.id`,
      [ideaIds],
    );
  }

  async markDigested(ids: string[], at: Date, m: EntityManager): Promise<void> {
    await m.query(`UPDATE implementation_updates SET digested_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }
}
