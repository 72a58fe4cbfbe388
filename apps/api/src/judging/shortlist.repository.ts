import { Injectable } from '@nestjs/common';
import type { Locale } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { PUBLICLY_LISTED } from '../ideas/idea-visibility';

export type ShortlistEntryRow = {
  idea_id: string;
  title: string;
  category: string | null;
  vote_count: number;
  position: number;
  listed: boolean;
};
export type CandidateRow = {
  id: string;
  title: string;
  category: string | null;
  vote_count: number;
  submitted_at: Date;
};
export type IdeaCheckRow = { id: string; challenge_id: string; status: string; listed: boolean };
export type Recipient = { idea_id: string; title: string; email: string; display_name: string; locale: Locale };

/** challenge_shortlist and the ideas it may hold. */
@Injectable()
export class ShortlistRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  entries(challengeId: string, manager?: EntityManager): Promise<ShortlistEntryRow[]> {
    return this.m(manager).query(
      `SELECT s.idea_id, i.title, i.category, i.vote_count, s.position, (${PUBLICLY_LISTED}) AS listed
         FROM challenge_shortlist s JOIN ideas i ON i.id = s.idea_id
        WHERE s.challenge_id = $1 ORDER BY s.position, s.idea_id`,
      [challengeId],
    );
  }

  /** The ideas a shortlist may hold: submitted, approved, of this challenge. */
  candidates(challengeId: string): Promise<CandidateRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.title, i.category, i.vote_count, i.submitted_at FROM ideas i
        WHERE i.challenge_id = $1 AND ${PUBLICLY_LISTED}`,
      [challengeId],
    );
  }

  ideas(ids: string[]): Promise<IdeaCheckRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT i.id, i.challenge_id, i.status, (${PUBLICLY_LISTED}) AS listed FROM ideas i WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Replaces the shortlist with `ideaIds` in order; rows of ideas kept keep who added them and when. */
  async replace(challengeId: string, ideaIds: string[], userId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM challenge_shortlist WHERE challenge_id = $1 AND NOT (idea_id = ANY($2::uuid[]))`, [
      challengeId,
      ideaIds,
    ]);
    for (const [position, ideaId] of ideaIds.entries()) {
      await m.query(
        `INSERT INTO challenge_shortlist (challenge_id, idea_id, position, added_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (challenge_id, idea_id) DO UPDATE SET position = EXCLUDED.position`,
        [challengeId, ideaId, position, userId],
      );
    }
  }

  async confirm(challengeId: string, at: Date, m: EntityManager): Promise<void> {
    await m.query(`UPDATE challenges SET shortlist_confirmed_at = $2, updated_at = now() WHERE id = $1`, [
      challengeId,
      at,
    ]);
  }

  /** The author and accepted co-authors of each idea, once per idea and person (erased accounts have no email). */
  recipients(ideaIds: string[], m: EntityManager): Promise<Recipient[]> {
    if (ideaIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT DISTINCT i.id AS idea_id, i.title, u.email, u.display_name, u.locale
         FROM ideas i
         JOIN users u ON u.id = i.author_id
                      OR u.id IN (SELECT ca.user_id FROM idea_coauthors ca WHERE ca.idea_id = i.id)
        WHERE i.id = ANY($1::uuid[]) AND u.email IS NOT NULL AND u.erased_at IS NULL
        ORDER BY i.id, u.email`,
      [ideaIds],
    );
  }
}
