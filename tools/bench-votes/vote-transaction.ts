import type { Client } from 'pg';
import type { Outcome } from './plan';

export type CastInput = {
  challengeId: string;
  ideaId: string;
  voterKey: string;
  userId: string;
  /** The keyed hash of the voter's network the API stores with a vote (any 64 hex digits here). */
  network: string;
  allowance: number;
};

/**
 * One support vote, statement for statement the transaction of VotesRepository.cast
 * (apps/api/src/votes/votes.repository.ts): lock the voter's allowance row (creating it), return
 * an existing vote untouched, bump `used` only below the allowance, insert the vote with its
 * fraud signals, bump the idea's counter. Keep the two in step.
 */
export async function castVote(db: Client, v: CastInput): Promise<Outcome> {
  await db.query('START TRANSACTION');
  try {
    await db.query(
      `INSERT INTO challenge_voter_allowances (challenge_id, voter_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [v.challengeId, v.voterKey],
    );
    await db.query(
      `SELECT used FROM challenge_voter_allowances WHERE challenge_id = $1 AND voter_key = $2 FOR UPDATE`,
      [v.challengeId, v.voterKey],
    );
    const existing = await db.query(`SELECT created_at FROM idea_votes WHERE idea_id = $1 AND voter_key = $2`, [
      v.ideaId,
      v.voterKey,
    ]);
    let outcome: Outcome = 'existing';
    if (existing.rowCount === 0) {
      const bumped = await db.query(
        `UPDATE challenge_voter_allowances SET used = used + 1
          WHERE challenge_id = $1 AND voter_key = $2 AND used < $3 RETURNING used`,
        [v.challengeId, v.voterKey, v.allowance],
      );
      outcome = 'exhausted';
      if (bumped.rowCount !== 0) {
        const inserted = await db.query(
          `INSERT INTO idea_votes (challenge_id, idea_id, voter_key, user_id, network, account_created_at)
           VALUES ($1, $2, $3, $4, $5, (SELECT created_at FROM users WHERE id = $4))
           ON CONFLICT (idea_id, voter_key) DO NOTHING RETURNING created_at`,
          [v.challengeId, v.ideaId, v.voterKey, v.userId, v.network],
        );
        if (inserted.rowCount === 0) throw new Error('duplicate vote while the allowance row was locked');
        await db.query(`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = $1`, [v.ideaId]);
        outcome = 'created';
      }
    }
    await db.query('COMMIT');
    return outcome;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
