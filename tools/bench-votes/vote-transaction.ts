import type { Client } from 'pg';
import { castVote as castVoteStatement } from '../../apps/api/src/votes/cast-vote-sql';
import type { Outcome } from './plan';

export type CastInput = {
  ideaId: string;
  voterKey: string;
  userId: string;
  /** The keyed hash of the voter's network the API stores with a vote (any 64 hex digits here). */
  network: string;
};

/**
 * One support vote straight on the database: the API's own code (castVote in
 * apps/api/src/votes/cast-vote-sql.ts, the one statement VotesRepository.cast runs, with its
 * follow-ups), over a pg client instead of the API's pool, without HTTP, auth or Nest.
 */
export async function castVote(db: Client, v: CastInput): Promise<Outcome> {
  const row = await castVoteStatement(
    async <T>(sql: string, params: unknown[]) => (await db.query(sql, params)).rows as T[],
    {
      ideaId: v.ideaId,
      userId: v.userId,
      voterKey: v.voterKey,
      network: v.network,
      now: new Date(),
    },
  );
  if (!row?.eligible) return 'other';
  if (row.created_at !== null) return 'created';
  return row.existing_at !== null ? 'existing' : 'exhausted';
}
