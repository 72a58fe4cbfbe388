import { Injectable } from '@nestjs/common';
import type { VoteFlagKind } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { burstSql, minutes, VOTE_COLUMNS } from './flag-burst-sql';
import { FlagVote, IDENTICAL_SETS, NETWORK_BURST, NEW_ACCOUNT_BURST } from './vote-flag-rules';

/** A vote of a detected group, with the group it belongs to. */
export type GroupedVote = FlagVote & { group_key: string; starts: Date | null };
/** A vote named by an earlier invalidation under a flag id and still invalidated. */
export type RememberedVote = FlagVote & { flag_id: string };
export type DecisionAction = 'invalidate' | 'restore';
export type LockedVote = { id: string; idea_id: string; invalidated: boolean };

/** The queries behind fraud flags: detection over idea_votes and the admin's decisions. */
@Injectable()
export class VoteFlagsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every vote of every detected group of `kind` in the challenge (valid and invalidated alike). */
  detect(challengeId: string, kind: Exclude<VoteFlagKind, 'pairwise_network_burst'>): Promise<GroupedVote[]> {
    switch (kind) {
      case 'network_burst':
        return this.dataSource.query(burstSql('v.network', 'v.network IS NOT NULL'), [
          challengeId,
          minutes(NETWORK_BURST.windowMinutes),
          NETWORK_BURST.votes,
        ]);
      case 'new_account_burst':
        return this.dataSource.query(
          burstSql(`''`, `v.account_created_at IS NOT NULL AND v.created_at - v.account_created_at < $4::interval`),
          [
            challengeId,
            minutes(NEW_ACCOUNT_BURST.windowMinutes),
            NEW_ACCOUNT_BURST.votes,
            minutes(NEW_ACCOUNT_BURST.accountAgeMinutes),
          ],
        );
      case 'identical_sets':
        return this.dataSource.query(
          `WITH sets AS (
             SELECT voter_key, array_agg(idea_id::text ORDER BY idea_id::text) AS ideas
               FROM idea_votes WHERE challenge_id = $1 GROUP BY voter_key HAVING count(*) >= $2
           ), groups AS (
             SELECT ideas FROM sets GROUP BY ideas HAVING count(*) >= $3
           )
           SELECT array_to_string(g.ideas, ',') AS group_key, NULL::timestamptz AS starts, ${VOTE_COLUMNS}
             FROM groups g
             JOIN sets s ON s.ideas = g.ideas
             JOIN idea_votes v ON v.challenge_id = $1 AND v.voter_key = s.voter_key
             JOIN ideas i ON i.id = v.idea_id
            ORDER BY group_key, v.created_at, v.id`,
          [challengeId, IDENTICAL_SETS.minSetSize, IDENTICAL_SETS.voters],
        );
    }
  }

  /**
   * Votes the admin invalidated under a flag id that are still invalidated, so a flag whose
   * pattern is no longer detected (votes withdrawn, sets changed) can still be seen and restored.
   */
  remembered(challengeId: string): Promise<RememberedVote[]> {
    return this.dataSource.query(
      `SELECT d.flag_id, ${VOTE_COLUMNS}
         FROM (SELECT DISTINCT flag_id, unnest(vote_ids) AS vote_id
                 FROM vote_invalidations
                WHERE challenge_id = $1 AND action = 'invalidate' AND flag_id IS NOT NULL
                  AND flag_id NOT LIKE 'pairwise%') d
         JOIN idea_votes v ON v.id = d.vote_id AND v.invalidated_at IS NOT NULL
         JOIN ideas i ON i.id = v.idea_id
        ORDER BY d.flag_id, v.created_at, v.id`,
      [challengeId],
    );
  }

  /** The listed votes as they are now (withdrawn ones are gone). */
  votes(challengeId: string, voteIds: string[]): Promise<FlagVote[]> {
    return this.dataSource.query(
      `SELECT ${VOTE_COLUMNS} FROM idea_votes v JOIN ideas i ON i.id = v.idea_id
        WHERE v.challenge_id = $1 AND v.id = ANY($2::uuid[]) ORDER BY v.created_at, v.id`,
      [challengeId, voteIds],
    );
  }

  async invalidatedCount(challengeId: string): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM idea_votes WHERE challenge_id = $1 AND invalidated_at IS NOT NULL`,
      [challengeId],
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * Locks the votes still present (in id order, so concurrent decisions never deadlock). A vote
   * withdrawn meanwhile is simply absent; a withdrawal arriving later waits for this transaction.
   */
  lock(m: EntityManager, challengeId: string, voteIds: string[]): Promise<LockedVote[]> {
    return m.query(
      `SELECT id, idea_id, invalidated_at IS NOT NULL AS invalidated FROM idea_votes
        WHERE challenge_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [challengeId, voteIds],
    );
  }

  /** Sets (invalidate) or clears (restore) the state of locked votes that are not already in it. */
  async setInvalidated(
    m: EntityManager,
    voteIds: string[],
    change: { action: 'invalidate'; at: Date; reason: string } | { action: 'restore' },
  ): Promise<void> {
    if (voteIds.length === 0) return;
    if (change.action === 'invalidate') {
      await m.query(
        `UPDATE idea_votes SET invalidated_at = $2, invalidated_reason = $3
          WHERE id = ANY($1::uuid[]) AND invalidated_at IS NULL`,
        [voteIds, change.at, change.reason],
      );
    } else {
      await m.query(
        `UPDATE idea_votes SET invalidated_at = NULL, invalidated_reason = NULL
          WHERE id = ANY($1::uuid[]) AND invalidated_at IS NOT NULL`,
        [voteIds],
      );
    }
  }

  /** Moves each idea's counter by its delta, ideas in id order (no deadlock between decisions). */
  async adjustCounts(m: EntityManager, deltas: Map<string, number>): Promise<void> {
    for (const ideaId of [...deltas.keys()].sort()) {
      await m.query(`UPDATE ideas SET vote_count = vote_count + $2 WHERE id = $1`, [ideaId, deltas.get(ideaId)]);
    }
  }

  async recordDecision(
    m: EntityManager,
    d: {
      challengeId: string;
      action: DecisionAction;
      flagId: string;
      reason: string;
      voteIds: string[];
      actorId: string;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO vote_invalidations (challenge_id, action, flag_id, reason, vote_ids, actor_id)
       VALUES ($1, $2, $3, $4, $5::uuid[], $6) RETURNING id`,
      [d.challengeId, d.action, d.flagId, d.reason, d.voteIds, d.actorId],
    );
    return rows[0]?.id ?? '';
  }
}
