import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { PUBLICLY_LISTED } from '../ideas/idea-visibility';

export type VoteTarget = {
  id: string;
  challenge_id: string;
  /** Submitted and approved: shown in public listings, open for votes. */
  listed: boolean;
  /** The caller is the author or an accepted co-author. */
  own: boolean;
};
export type VotingSettings = { vote_allowance: number; allow_self_votes: boolean };
export type CastResult =
  | { outcome: 'created' | 'existing'; createdAt: Date; used: number }
  | { outcome: 'exhausted'; used: number };
export type MyVoteRow = { idea_id: string; title: string; created_at: Date; invalidated: boolean };
/** What a withdrawal did: removed the vote, found none, or found one the council invalidated (kept). */
export type WithdrawOutcome = 'withdrawn' | 'none' | 'invalidated';

/** TypeORM answers UPDATE/DELETE … RETURNING on Postgres with `[rows, rowCount]`; this gives the rows. */
async function returning<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await m.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** Thrown inside a vote's transaction to roll it back; never escapes the repository. */
class DuplicateVote extends Error {}

/**
 * Every query of support voting. A vote and a withdrawal are each one transaction that first
 * locks the voter's allowance row for the challenge, so one person's requests run one at a time
 * while different people never wait for each other except on the idea's counter.
 */
@Injectable()
export class VotesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findIdea(ideaId: string, userId: string): Promise<VoteTarget | null> {
    const rows: VoteTarget[] = await this.dataSource.query(
      `SELECT i.id, i.challenge_id, (${PUBLICLY_LISTED}) AS listed,
              (i.author_id = $2 OR EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = $2)) AS own
         FROM ideas i WHERE i.id = $1`,
      [ideaId, userId],
    );
    return rows[0] ?? null;
  }

  async findChallenge(id: string): Promise<{ challenge: ChallengeEntity; settings: VotingSettings } | null> {
    const challenge = await this.dataSource.getRepository(ChallengeEntity).findOneBy({ id });
    if (!challenge) return null;
    return {
      challenge,
      settings: { vote_allowance: challenge.voteAllowance, allow_self_votes: challenge.allowSelfVotes },
    };
  }

  async hasVote(ideaId: string, voterKey: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM idea_votes WHERE idea_id = $1 AND voter_key = $2`,
      [ideaId, voterKey],
    );
    return rows.length > 0;
  }

  /**
   * Casts a vote in one transaction: lock the voter's allowance row (creating it if needed); an
   * existing vote is returned untouched; otherwise `used` goes up only while below the allowance,
   * the vote is inserted with its fraud signals (the network hash and the account's creation time,
   * copied so they outlive an erased account) and the idea's counter goes up.
   */
  async cast(
    target: { ideaId: string; challengeId: string },
    voterKey: string,
    voter: { userId: string; network: string | null },
    allowance: number,
  ): Promise<CastResult> {
    const { userId, network } = voter;
    try {
      return await this.dataSource.transaction(async (m): Promise<CastResult> => {
        const used = await this.lockAllowance(m, target.challengeId, voterKey, true);
        const existing: { created_at: Date }[] = await m.query(
          `SELECT created_at FROM idea_votes WHERE idea_id = $1 AND voter_key = $2`,
          [target.ideaId, voterKey],
        );
        if (existing[0]) return { outcome: 'existing', createdAt: existing[0].created_at, used: used ?? 0 };
        const bumped = await returning<{ used: number }>(
          m,
          `UPDATE challenge_voter_allowances SET used = used + 1
            WHERE challenge_id = $1 AND voter_key = $2 AND used < $3 RETURNING used`,
          [target.challengeId, voterKey, allowance],
        );
        if (!bumped[0]) return { outcome: 'exhausted', used: used ?? 0 };
        const inserted: { created_at: Date }[] = await m.query(
          `INSERT INTO idea_votes (challenge_id, idea_id, voter_key, user_id, network, account_created_at)
           VALUES ($1, $2, $3, $4, $5, (SELECT created_at FROM users WHERE id = $4))
           ON CONFLICT (idea_id, voter_key) DO NOTHING RETURNING created_at`,
          [target.challengeId, target.ideaId, voterKey, userId, network],
        );
        // Cannot happen while the allowance row is locked; if it did, undo the bump.
        if (!inserted[0]) throw new DuplicateVote();
        await m.query(`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = $1`, [target.ideaId]);
        return { outcome: 'created', createdAt: inserted[0].created_at, used: bumped[0].used };
      });
    } catch (e) {
      if (!(e instanceof DuplicateVote)) throw e;
      const rows: { created_at: Date }[] = await this.dataSource.query(
        `SELECT created_at FROM idea_votes WHERE idea_id = $1 AND voter_key = $2`,
        [target.ideaId, voterKey],
      );
      return {
        outcome: 'existing',
        createdAt: rows[0]?.created_at ?? new Date(),
        used: await this.used(target.challengeId, voterKey),
      };
    }
  }

  /**
   * Withdraws a vote in one transaction (allowance and counter back). A vote the council has
   * invalidated is kept: it still uses the allowance, so a flagged voter cannot withdraw it and
   * vote again, and the council can restore it. The DELETE re-checks `invalidated_at` on the row it
   * locks, so a withdrawal racing an invalidation either removes a valid vote (and the invalidation
   * no longer finds it) or finds it invalidated and leaves it.
   */
  async withdraw(target: { ideaId: string; challengeId: string }, voterKey: string): Promise<WithdrawOutcome> {
    return this.dataSource.transaction(async (m): Promise<WithdrawOutcome> => {
      const used = await this.lockAllowance(m, target.challengeId, voterKey, false);
      if (used === null) return 'none';
      const deleted = await returning<{ id: string }>(
        m,
        `DELETE FROM idea_votes WHERE idea_id = $1 AND voter_key = $2 AND invalidated_at IS NULL RETURNING id`,
        [target.ideaId, voterKey],
      );
      if (!deleted[0]) {
        const kept: unknown[] = await m.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1 AND voter_key = $2`, [
          target.ideaId,
          voterKey,
        ]);
        return kept.length > 0 ? 'invalidated' : 'none';
      }
      await m.query(
        `UPDATE challenge_voter_allowances SET used = used - 1 WHERE challenge_id = $1 AND voter_key = $2`,
        [target.challengeId, voterKey],
      );
      await m.query(`UPDATE ideas SET vote_count = vote_count - 1 WHERE id = $1`, [target.ideaId]);
      return 'withdrawn';
    });
  }

  async used(challengeId: string, voterKey: string): Promise<number> {
    const rows: { used: number }[] = await this.dataSource.query(
      `SELECT used FROM challenge_voter_allowances WHERE challenge_id = $1 AND voter_key = $2`,
      [challengeId, voterKey],
    );
    return rows[0]?.used ?? 0;
  }

  async votesOf(challengeId: string, voterKey: string): Promise<MyVoteRow[]> {
    return this.dataSource.query(
      `SELECT v.idea_id, i.title, v.created_at, v.invalidated_at IS NOT NULL AS invalidated FROM idea_votes v JOIN ideas i ON i.id = v.idea_id
        WHERE v.challenge_id = $1 AND v.voter_key = $2
        ORDER BY v.created_at, v.id`,
      [challengeId, voterKey],
    );
  }

  /** Locks the voter's allowance row (inserting it first when `create`); its `used`, or null when absent. */
  private async lockAllowance(
    m: EntityManager,
    challengeId: string,
    voterKey: string,
    create: boolean,
  ): Promise<number | null> {
    if (create) {
      await m.query(
        `INSERT INTO challenge_voter_allowances (challenge_id, voter_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [challengeId, voterKey],
      );
    }
    const rows: { used: number }[] = await m.query(
      `SELECT used FROM challenge_voter_allowances WHERE challenge_id = $1 AND voter_key = $2 FOR UPDATE`,
      [challengeId, voterKey],
    );
    return rows[0]?.used ?? null;
  }
}
