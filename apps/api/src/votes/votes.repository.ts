import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ideaVoteCounterSql, ideaVoteTargetSql } from '../ideas/idea-vote-counter';
import { castVote, CastVoteInput, CastVoteRow } from './cast-vote-sql';

export type VoteTarget = {
  id: string;
  challenge_id: string;
  /** Submitted and approved: shown in public listings, open for votes. */
  listed: boolean;
  /** The caller is the author or an accepted co-author. */
  own: boolean;
};
export type VotingSettings = { vote_allowance: number; allow_self_votes: boolean };
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

/**
 * Every query of support voting. A vote and a withdrawal are each one transaction that first
 * locks the voter's allowance row for the challenge, so one person's requests run one at a time
 * while different people never wait for each other except on the idea's counter.
 */
@Injectable()
export class VotesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findIdea(ideaId: string, userId: string): Promise<VoteTarget | null> {
    const rows: VoteTarget[] = await this.dataSource.query(ideaVoteTargetSql('$1::uuid', '$2::uuid'), [ideaId, userId]);
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

  /** Casts a vote in one statement (see castVote in cast-vote-sql.ts), or null when no idea has the id. */
  cast(vote: CastVoteInput): Promise<CastVoteRow | null> {
    return castVote((sql, params) => this.dataSource.query(sql, params), vote);
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
      await m.query(ideaVoteCounterSql('$1::uuid', -1), [target.ideaId]);
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
