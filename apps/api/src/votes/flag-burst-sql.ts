/** Where a burst's rows come from: a table aliased `v`, the columns of a FlagVote, and the idea join. */
export type BurstSource = { table: string; columns: string; ideaJoin: string };

export const VOTE_COLUMNS = `v.id AS vote_id, v.idea_id, i.title, v.voter_key, v.created_at, v.invalidated_at`;

/** Support votes: each vote counts for its idea. */
export const SUPPORT_VOTES: BurstSource = {
  table: 'idea_votes',
  columns: VOTE_COLUMNS,
  ideaJoin: 'JOIN ideas i ON i.id = v.idea_id',
};

/** Pairwise answers: each answer is listed under its winner (answers without one are never in a burst). */
export const PAIRWISE_ANSWERS: BurstSource = {
  table: 'pairwise_comparisons',
  columns: `v.id AS vote_id, v.winner_idea_id AS idea_id, i.title, v.voter_key, v.created_at, v.invalidated_at`,
  ideaJoin: 'JOIN ideas i ON i.id = v.winner_idea_id',
};

/**
 * Bursts: groups of `candidates` (one challenge's rows of `source` passing `filter`, partitioned
 * by `grp`) with at least $3 rows inside some window of $2 starting at one of them. Each such
 * window is an anchor; overlapping anchors of a group merge into one burst (gaps and islands), and
 * every candidate inside a burst is returned with the burst's start.
 */
export const burstSql = (grp: string, filter: string, source: BurstSource = SUPPORT_VOTES): string => `
  WITH candidates AS (
    SELECT v.id, v.created_at, ${grp} AS grp FROM ${source.table} v WHERE v.challenge_id = $1 AND ${filter}
  ), anchors AS (
    SELECT DISTINCT grp, created_at AS starts, created_at + $2::interval AS ends
      FROM (SELECT grp, created_at,
                   count(*) OVER (PARTITION BY grp ORDER BY created_at
                                  RANGE BETWEEN CURRENT ROW AND $2::interval FOLLOWING) AS n
              FROM candidates) counted
     WHERE n >= $3
  ), marked AS (
    SELECT grp, starts, ends,
           CASE WHEN starts <= max(ends) OVER (PARTITION BY grp ORDER BY starts
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                THEN 0 ELSE 1 END AS new_island
      FROM anchors
  ), bursts AS (
    SELECT grp, min(starts) AS starts, max(ends) AS ends
      FROM (SELECT grp, starts, ends, sum(new_island) OVER (PARTITION BY grp ORDER BY starts) AS island
              FROM marked) islands
     GROUP BY grp, island
  )
  SELECT b.grp AS group_key, b.starts, ${source.columns}
    FROM bursts b
    JOIN candidates c ON c.grp = b.grp AND c.created_at BETWEEN b.starts AND b.ends
    JOIN ${source.table} v ON v.id = c.id
    ${source.ideaJoin}
   ORDER BY b.grp, b.starts, v.created_at, v.id`;

export const minutes = (n: number): string => `${n} minutes`;
