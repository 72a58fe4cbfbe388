import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { burstSql, minutes, PAIRWISE_ANSWERS } from './flag-burst-sql';
import { FlagVote, PAIRWISE_NETWORK_BURST } from './vote-flag-rules';
import type { GroupedVote, LockedVote, RememberedVote } from './vote-flags.repository';

const ANSWER_COLUMNS = PAIRWISE_ANSWERS.columns;

/**
 * The queries behind pairwise fraud flags: bursts of pairwise answers (with a winner) from one
 * network, and the admin's decisions on those answers. Rows read here look like support votes
 * (FlagVote): the comparison's id and its winner. Nothing here touches ideas' counters: the
 * pairwise scores read only answers that are not invalidated, and `ideas.comparison_count`
 * (which orders the pairs served) keeps counting every answer with a winner, invalidated or not.
 */
@Injectable()
export class PairwiseFlagsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every answer of every detected burst (valid and invalidated alike). */
  detect(challengeId: string): Promise<GroupedVote[]> {
    return this.dataSource.query(
      burstSql('v.network', 'v.network IS NOT NULL AND v.winner_idea_id IS NOT NULL', PAIRWISE_ANSWERS),
      [challengeId, minutes(PAIRWISE_NETWORK_BURST.windowMinutes), PAIRWISE_NETWORK_BURST.answers],
    );
  }

  /** Answers invalidated under a pairwise flag id and still invalidated (the pattern may be gone). */
  remembered(challengeId: string): Promise<RememberedVote[]> {
    return this.dataSource.query(
      `SELECT d.flag_id, ${ANSWER_COLUMNS}
         FROM (SELECT DISTINCT flag_id, unnest(vote_ids) AS vote_id
                 FROM vote_invalidations
                WHERE challenge_id = $1 AND action = 'invalidate' AND flag_id LIKE 'pairwise%') d
         JOIN pairwise_comparisons v ON v.id = d.vote_id AND v.invalidated_at IS NOT NULL
         ${PAIRWISE_ANSWERS.ideaJoin}
        ORDER BY d.flag_id, v.created_at, v.id`,
      [challengeId],
    );
  }

  /** The listed answers as they are now. */
  answers(challengeId: string, ids: string[]): Promise<FlagVote[]> {
    return this.dataSource.query(
      `SELECT ${ANSWER_COLUMNS} FROM pairwise_comparisons v ${PAIRWISE_ANSWERS.ideaJoin}
        WHERE v.challenge_id = $1 AND v.id = ANY($2::uuid[]) ORDER BY v.created_at, v.id`,
      [challengeId, ids],
    );
  }

  /** Locks the answers in id order, so concurrent decisions never deadlock. */
  lock(m: EntityManager, challengeId: string, ids: string[]): Promise<LockedVote[]> {
    return m.query(
      `SELECT id, winner_idea_id AS idea_id, invalidated_at IS NOT NULL AS invalidated FROM pairwise_comparisons
        WHERE challenge_id = $1 AND id = ANY($2::uuid[]) AND winner_idea_id IS NOT NULL ORDER BY id FOR UPDATE`,
      [challengeId, ids],
    );
  }

  /** Sets (invalidate) or clears (restore) the state of locked answers that are not already in it. */
  async setInvalidated(
    m: EntityManager,
    ids: string[],
    change: { action: 'invalidate'; at: Date; reason: string } | { action: 'restore' },
  ): Promise<void> {
    if (ids.length === 0) return;
    if (change.action === 'invalidate') {
      await m.query(
        `UPDATE pairwise_comparisons SET invalidated_at = $2, invalidated_reason = $3
          WHERE id = ANY($1::uuid[]) AND invalidated_at IS NULL`,
        [ids, change.at, change.reason],
      );
    } else {
      await m.query(
        `UPDATE pairwise_comparisons SET invalidated_at = NULL, invalidated_reason = NULL
          WHERE id = ANY($1::uuid[]) AND invalidated_at IS NOT NULL`,
        [ids],
      );
    }
  }

  /** Drops the challenge's shared cached scores, so the public scores reflect the decision at once. */
  async dropCachedScores(m: EntityManager, challengeId: string): Promise<void> {
    await m.query(`DELETE FROM pairwise_score_cache WHERE challenge_id = $1`, [challengeId]);
  }
}
