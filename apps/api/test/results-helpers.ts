import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestUser } from './factories';
import { insertAssignment, SeededCriterion } from './judging-helpers';

export type PrizeSeed = {
  name: string;
  amountPence: number;
  count?: number;
  category?: string | null;
  peoplesChoice?: boolean;
};
export type SeededPrize = Required<PrizeSeed> & { id: string; position: number };

/** Replaces a challenge's prize tiers straight in the database (positions in order). */
export async function insertPrizes(db: DataSource, challengeId: string, prizes: PrizeSeed[]): Promise<SeededPrize[]> {
  const seeded: SeededPrize[] = [];
  for (const [position, p] of prizes.entries()) {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO challenge_prizes (challenge_id, name, amount_pence, count, category, position, peoples_choice)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [challengeId, p.name, p.amountPence, p.count ?? 1, p.category ?? null, position, p.peoplesChoice ?? false],
    );
    seeded.push({
      name: p.name,
      amountPence: p.amountPence,
      count: p.count ?? 1,
      category: p.category ?? null,
      peoplesChoice: p.peoplesChoice ?? false,
      id: rows[0]?.id ?? '',
      position,
    });
  }
  return seeded;
}

/**
 * A judge's submitted score set for one idea: the assignment, one score per criterion (in rubric
 * order) and then `submitted_at` (scores are locked once submitted). `submit: false` leaves it a draft.
 */
export async function scoreIdea(
  db: DataSource,
  challengeId: string,
  judgeId: string,
  ideaId: string,
  criteria: SeededCriterion[],
  scores: number[],
  { submit = true }: { submit?: boolean } = {},
): Promise<string> {
  const assignmentId = await insertAssignment(db, challengeId, judgeId, ideaId);
  for (const [i, c] of criteria.entries()) {
    await db.query(
      `INSERT INTO judge_scores (assignment_id, criterion_id, min_score, max_score, score, comment)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [assignmentId, c.id, c.minScore, c.maxScore, scores[i], `Comment by a judge on criterion ${i + 1}`],
    );
  }
  if (submit) await db.query(`UPDATE judge_assignments SET submitted_at = now() WHERE id = $1`, [assignmentId]);
  return assignmentId;
}

/** The public vote settings of a challenge. */
export async function setPublicVote(
  db: DataSource,
  challengeId: string,
  weight: number,
  measure: 'supports' | 'pairwise' = 'supports',
): Promise<void> {
  await db.query(
    `UPDATE challenges SET public_vote_weight = $2, public_vote_measure = $3,
            pairwise_voting = pairwise_voting OR $3 = 'pairwise'
      WHERE id = $1`,
    [challengeId, weight, measure],
  );
}

/** Sets each idea's support counter (vote_count) straight in the database. */
export async function setVoteCounts(db: DataSource, counts: Record<string, number>): Promise<void> {
  for (const [ideaId, count] of Object.entries(counts)) {
    await db.query(`UPDATE ideas SET vote_count = $2 WHERE id = $1`, [ideaId, count]);
  }
}

/** A signed-in supporter's vote on an idea (counted in vote_count), straight in the database. */
export async function addSupporter(db: DataSource, challengeId: string, ideaId: string, user: TestUser): Promise<void> {
  await db.query(`INSERT INTO idea_votes (challenge_id, idea_id, voter_key, user_id) VALUES ($1, $2, $3, $4)`, [
    challengeId,
    ideaId,
    `test-voter-${randomUUID()}`,
    user.id,
  ]);
  await db.query(`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = $1`, [ideaId]);
}

/**
 * Results confirmed and published straight in the database, with the given awards, for tests of
 * what comes after (implementation updates). The stored snapshot is a stub: not for results tests.
 */
export async function publishAwardsDirectly(
  db: DataSource,
  challengeId: string,
  adminId: string,
  awards: { prizeId: string; slot?: number; ideaId: string | null; amountPence: number }[],
  publishedAt = new Date(),
): Promise<void> {
  for (const a of awards) {
    await db.query(
      `INSERT INTO prize_awards (challenge_id, prize_id, slot, idea_id, amount_pence) VALUES ($1, $2, $3, $4, $5)`,
      [challengeId, a.prizeId, a.slot ?? 0, a.ideaId, a.amountPence],
    );
  }
  await db.query(
    `INSERT INTO challenge_results (challenge_id, computed, confirmed_at, confirmed_by, published_at, published_by)
     VALUES ($1, '{}'::jsonb, $2, $3, $2, $3)`,
    [challengeId, publishedAt, adminId],
  );
  await db.query(`UPDATE challenges SET results_published_at = $2 WHERE id = $1`, [challengeId, publishedAt]);
}

/** Emails in the outbox to `to`, oldest first. */
export async function mailsTo(
  db: DataSource,
  to: string,
  template?: string,
): Promise<{ template: string; subject: string; body_text: string }[]> {
  return db.query(
    `SELECT template, subject, body_text FROM outbox_emails
      WHERE to_address = lower($1) AND ($2::text IS NULL OR template = $2) ORDER BY created_at, id`,
    [to, template ?? null],
  );
}
