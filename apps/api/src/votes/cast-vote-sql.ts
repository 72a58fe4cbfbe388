import { ideaVoteCounterSql, ideaVoteTargetSql } from '../ideas/idea-vote-counter';

/**
 * The whole support vote as ONE statement (one round trip, its own transaction):
 *
 *   target    the idea (ideas feature's fragment) and its challenge's voting settings, with
 *             `open` computed at $5 (the API's clock): published, voting window open
 *   eligible  target when every rule passes (listed, open, support voting, not own unless allowed)
 *   existing  the caller's vote on the idea, if the statement's snapshot has it: answered as is
 *   bumped    allowance row inserted at 1 or `used + 1` under its row lock, only below the allowance
 *             (re-checked on the latest row version, so concurrent votes never overspend it)
 *   inserted  the vote with its fraud signals, only when `bumped` returned a row
 *   counted   the idea's counter + 1 when the vote was inserted (ideas feature's fragment)
 *
 * Parameters: $1 idea id, $2 user id, $3 voter key, $4 network hash or null, $5 now.
 * A concurrent duplicate of the same vote (committed after this statement's snapshot) makes the
 * INSERT fail on idea_votes_one_per_voter (23505); the whole statement is then rolled back and the
 * repository runs it again, when the snapshot has the vote. An answer of "no allowance left" is
 * re-checked against a vote committed after the snapshot the same way (see VotesRepository.cast).
 */
export const CAST_VOTE_SQL = `
WITH target AS (
  SELECT t.id, t.challenge_id, t.listed, t.own,
         c.published_at, c.voting_opens_at, c.voting_closes_at,
         c.support_voting, c.allow_self_votes, c.vote_allowance,
         (c.published_at IS NOT NULL AND c.published_at <= $5::timestamptz) AS published,
         (c.published_at IS NOT NULL AND c.published_at <= $5::timestamptz
          AND c.voting_opens_at IS NOT NULL AND c.voting_opens_at <= $5::timestamptz
          AND (c.voting_closes_at IS NULL OR $5::timestamptz < c.voting_closes_at)) AS open
    FROM (${ideaVoteTargetSql('$1::uuid', '$2::uuid')}) t
    JOIN challenges c ON c.id = t.challenge_id
),
eligible AS (
  SELECT * FROM target WHERE listed AND open AND support_voting AND (NOT own OR allow_self_votes)
),
existing AS (
  SELECT v.created_at FROM idea_votes v JOIN eligible e ON v.idea_id = e.id WHERE v.voter_key = $3
),
allowance AS (
  SELECT a.used FROM challenge_voter_allowances a JOIN eligible e ON a.challenge_id = e.challenge_id
   WHERE a.voter_key = $3
),
bumped AS (
  INSERT INTO challenge_voter_allowances AS a (challenge_id, voter_key, used)
  SELECT e.challenge_id, $3, 1 FROM eligible e
   WHERE e.vote_allowance >= 1 AND NOT EXISTS (SELECT 1 FROM existing)
  ON CONFLICT (challenge_id, voter_key) DO UPDATE SET used = a.used + 1
   WHERE a.used < (SELECT vote_allowance FROM eligible)
  RETURNING a.used
),
inserted AS (
  INSERT INTO idea_votes (challenge_id, idea_id, voter_key, user_id, network, account_created_at)
  SELECT e.challenge_id, e.id, $3, $2::uuid, $4, (SELECT created_at FROM users WHERE id = $2::uuid)
    FROM eligible e, bumped
  RETURNING created_at
),
counted AS (${ideaVoteCounterSql('$1::uuid', 1, 'EXISTS (SELECT 1 FROM inserted)')})
SELECT t.id, t.challenge_id, t.listed, t.own, t.published, t.open, t.support_voting, t.allow_self_votes,
       t.vote_allowance, t.voting_opens_at, t.voting_closes_at,
       (SELECT created_at FROM existing) AS existing_at,
       (SELECT used FROM allowance) AS used_before,
       (SELECT used FROM bumped) AS used_after,
       (SELECT created_at FROM inserted) AS created_at,
       EXISTS (SELECT 1 FROM eligible) AS eligible,
       (SELECT count(*) FROM counted)::int AS counted
  FROM target t`;

/** The row CAST_VOTE_SQL returns (none when no idea has the id). */
export type CastVoteRow = {
  id: string;
  challenge_id: string;
  listed: boolean;
  own: boolean;
  published: boolean;
  open: boolean;
  support_voting: boolean;
  allow_self_votes: boolean;
  vote_allowance: number;
  voting_opens_at: Date | null;
  voting_closes_at: Date | null;
  existing_at: Date | null;
  used_before: number | null;
  used_after: number | null;
  created_at: Date | null;
  eligible: boolean;
  counted: number;
};

/** Runs one statement and gives its rows (TypeORM's DataSource.query, or pg's client.query(...).rows). */
export type RunQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export type CastVoteInput = { ideaId: string; userId: string; voterKey: string; network: string | null; now: Date };

/** PostgreSQL's unique_violation (23505), from pg directly or wrapped by TypeORM. */
function isUniqueViolation(e: unknown): boolean {
  const error = e as { code?: unknown; driverError?: { code?: unknown } } | null;
  return error?.code === '23505' || error?.driverError?.code === '23505';
}

/**
 * Casts a vote with CAST_VOTE_SQL, or null when no idea has the id. Two follow-ups cover what one
 * snapshot cannot see: a duplicate of this vote committed after the statement started (unique
 * violation: the statement was rolled back as a whole and runs again, now seeing it), and "no
 * allowance left" when the voter's vote on this idea was committed meanwhile (it is existing).
 * Shared by VotesRepository and the direct phase of `npm run bench:votes`.
 */
export async function castVote(run: RunQuery, vote: CastVoteInput): Promise<CastVoteRow | null> {
  const params = [vote.ideaId, vote.userId, vote.voterKey, vote.network, vote.now.toISOString()];
  let rows: CastVoteRow[];
  try {
    rows = await run<CastVoteRow>(CAST_VOTE_SQL, params);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    rows = await run<CastVoteRow>(CAST_VOTE_SQL, params);
  }
  const row = rows[0] ?? null;
  if (!row?.eligible || row.existing_at !== null || row.created_at !== null) return row;
  const later = await run<{ created_at: Date; used: number | null }>(
    `SELECT v.created_at, (SELECT a.used FROM challenge_voter_allowances a
                            WHERE a.challenge_id = v.challenge_id AND a.voter_key = v.voter_key) AS used
       FROM idea_votes v WHERE v.idea_id = $1 AND v.voter_key = $2`,
    [vote.ideaId, vote.voterKey],
  );
  return later[0] ? { ...row, existing_at: later[0].created_at, used_before: later[0].used } : row;
}
