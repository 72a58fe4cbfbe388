import { Injectable } from '@nestjs/common';
import type { PairwiseScores } from '@challenge/contract';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { PUBLICLY_LISTED } from '../ideas/idea-visibility';

export type CandidateRow = { id: string; comparisons: number };
export type PairIdeaRow = {
  id: string;
  challenge_id: string;
  title: string;
  summary: string;
  category: string | null;
  listed: boolean;
  own: boolean;
};
export type NewComparison = {
  challengeId: string;
  voterKey: string;
  userId: string;
  low: string;
  high: string;
  winner: string | null;
  network: string | null;
};
/** Valid comparisons between listed ideas, aggregated: `n` times `winner` beat `loser`. */
export type ResultRow = { winner: string; loser: string; n: number };
export type ListedIdeaRow = { id: string; title: string };

/** The caller is the author or an accepted co-author of idea `i` ($2 is the user id). */
const OWN = `(i.author_id = $2 OR EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = $2))`;

/** Every query of pairwise voting. */
@Injectable()
export class PairwiseRepository {
  constructor(private readonly dataSource: DataSource) {}

  findChallenge(id: string): Promise<ChallengeEntity | null> {
    return this.dataSource.getRepository(ChallengeEntity).findOneBy({ id });
  }

  /** Publicly listed ideas of the challenge with their comparison counts, without the caller's own unless `includeOwn`. */
  candidates(challengeId: string, userId: string, includeOwn: boolean): Promise<CandidateRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.comparison_count AS comparisons FROM ideas i
        WHERE i.challenge_id = $1 AND ${PUBLICLY_LISTED} AND ($3 OR NOT ${OWN})`,
      [challengeId, userId, includeOwn],
    );
  }

  /** Pairs this voter has answered in the challenge (skips and invalidated answers included). */
  answeredPairs(challengeId: string, voterKey: string): Promise<{ idea_low: string; idea_high: string }[]> {
    return this.dataSource.query(
      `SELECT idea_low, idea_high FROM pairwise_comparisons WHERE challenge_id = $1 AND voter_key = $2`,
      [challengeId, voterKey],
    );
  }

  async answeredCount(challengeId: string, voterKey: string): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM pairwise_comparisons WHERE challenge_id = $1 AND voter_key = $2`,
      [challengeId, voterKey],
    );
    return rows[0]?.n ?? 0;
  }

  /** The ideas with these ids, whether they are listed and whether they are the caller's. */
  pairIdeas(ids: string[], userId: string): Promise<PairIdeaRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.challenge_id, i.title, i.summary, i.category, (${PUBLICLY_LISTED}) AS listed, ${OWN} AS own
         FROM ideas i WHERE i.id = ANY($1::uuid[])`,
      [ids, userId],
    );
  }

  /**
   * Stores one answer; false when this voter had already answered this pair (nothing changes).
   * An answer with a winner adds one to both ideas' comparison counts in the same transaction
   * (low first, then high, so concurrent answers lock rows in one order); a skip does not.
   */
  record(c: NewComparison): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO pairwise_comparisons (challenge_id, voter_key, user_id, idea_low, idea_high, winner_idea_id, network)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (challenge_id, voter_key, idea_low, idea_high) DO NOTHING RETURNING id`,
        [c.challengeId, c.voterKey, c.userId, c.low, c.high, c.winner, c.network],
      );
      if (!inserted[0]) return false;
      if (c.winner !== null) {
        for (const id of [c.low, c.high]) {
          await m.query(`UPDATE ideas SET comparison_count = comparison_count + 1 WHERE id = $1`, [id]);
        }
      }
      return true;
    });
  }

  listedIdeas(challengeId: string): Promise<ListedIdeaRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.title FROM ideas i WHERE i.challenge_id = $1 AND ${PUBLICLY_LISTED} ORDER BY i.id`,
      [challengeId],
    );
  }

  /**
   * Valid answers (a winner, not invalidated), counted per winner and loser. Answers naming an
   * idea that is no longer listed are left to the fit, which ignores ideas it is not given.
   */
  results(challengeId: string): Promise<ResultRow[]> {
    return this.dataSource.query(
      `SELECT winner_idea_id AS winner,
              CASE WHEN winner_idea_id = idea_low THEN idea_high ELSE idea_low END AS loser,
              count(*)::int AS n
         FROM pairwise_comparisons
        WHERE challenge_id = $1 AND winner_idea_id IS NOT NULL AND invalidated_at IS NULL
        GROUP BY 1, 2`,
      [challengeId],
    );
  }

  /** The cached public scores of a challenge, if any, and whether they are younger than `maxAgeSeconds`. */
  async cachedScores(
    challengeId: string,
    maxAgeSeconds: number,
  ): Promise<{ scores: PairwiseScores; fresh: boolean } | null> {
    const rows: { scores: PairwiseScores; fresh: boolean }[] = await this.dataSource.query(
      `SELECT scores, computed_at > now() - make_interval(secs => $2) AS fresh
         FROM pairwise_score_cache WHERE challenge_id = $1`,
      [challengeId, maxAgeSeconds],
    );
    return rows[0] ?? null;
  }

  /** Takes the lease to recompute an expired entry; false while another replica holds it. */
  async takeRefreshLease(challengeId: string, leaseSeconds: number): Promise<boolean> {
    const rows: { n: number }[] = await this.dataSource.query(
      `WITH taken AS (
         UPDATE pairwise_score_cache SET refreshing_until = now() + make_interval(secs => $2)
          WHERE challenge_id = $1 AND (refreshing_until IS NULL OR refreshing_until < now())
          RETURNING 1)
       SELECT count(*)::int AS n FROM taken`,
      [challengeId, leaseSeconds],
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  async storeScores(challengeId: string, scores: PairwiseScores): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO pairwise_score_cache (challenge_id, computed_at, scores) VALUES ($1, now(), $2)
       ON CONFLICT (challenge_id) DO UPDATE SET computed_at = now(), scores = excluded.scores, refreshing_until = NULL`,
      [challengeId, JSON.stringify(scores)],
    );
  }

  async dropCachedScores(challengeId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM pairwise_score_cache WHERE challenge_id = $1`, [challengeId]);
  }
}
