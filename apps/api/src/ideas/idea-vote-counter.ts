import { PUBLICLY_LISTED } from './idea-visibility';

/**
 * The ideas feature's SQL for the votes feature: which idea a vote is for and the idea's vote
 * counter, as fragments the votes statements embed, so votes never name the ideas table or its
 * columns. Parameters are passed in as placeholders (`$1`) or CTE names chosen by the caller.
 */

/**
 * A SELECT of the idea a vote targets: `id`, `challenge_id`, `listed` (shown in the public list,
 * open for votes) and `own` (the user is the author or an accepted co-author). Empty when no idea
 * has that id.
 */
export function ideaVoteTargetSql(ideaId: string, userId: string): string {
  return `SELECT i.id, i.challenge_id, (${PUBLICLY_LISTED}) AS listed,
                 (i.author_id = ${userId} OR EXISTS (SELECT 1 FROM idea_coauthors ca
                                                      WHERE ca.idea_id = i.id AND ca.user_id = ${userId})) AS own
            FROM ideas i WHERE i.id = ${ideaId}`;
}

/**
 * An UPDATE moving the idea's vote counter by `delta` (+1 or -1), only when `condition` (an SQL
 * boolean, e.g. `EXISTS (SELECT 1 FROM inserted)`) holds; RETURNING the new count. Embed it as a
 * data-modifying CTE so the counter moves in the same statement as the vote row.
 */
export function ideaVoteCounterSql(ideaId: string, delta: 1 | -1, condition = 'true'): string {
  const op = delta === 1 ? '+ 1' : '- 1';
  return `UPDATE ideas SET vote_count = vote_count ${op} WHERE id = ${ideaId} AND (${condition}) RETURNING vote_count`;
}
