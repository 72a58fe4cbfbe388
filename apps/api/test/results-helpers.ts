import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestUser } from './factories';
import {
  createJudgingChallenge,
  insertAssignment,
  insertConflict,
  JudgingChallenge,
  SeededCriterion,
} from './judging-helpers';

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

export type HandComputedChallenge = JudgingChallenge & {
  /** The three shortlisted ideas, in shortlist order. */
  i1: string;
  i2: string;
  i3: string;
  firstPrize: SeededPrize;
  peoplesChoice: SeededPrize;
};

/**
 * A small judged challenge whose results are worked out by hand in results.int-spec.ts.
 *
 * Rubric: Impact 0–10 (weight 3) and Cost 1–5 (weight 1), so a judge's weighted total is
 * T = 100 · (3·impact/10 + (cost − 1)/4) / 4 = 7.5·impact + 6.25·(cost − 1).
 *
 *   judge 1 (joined first): I1 (10, 5) → 100,  I2 (5, 3) → 50,   I3 (0, 1) → 0
 *   judge 2 (a harsh one):  I1 (3, 1)  → 22.5, I2 (5, 1) → 37.5, I3 (1, 1) → 7.5
 *   judge 3: conflicted on I1, and only a draft (unsubmitted) score set on I2: counts for nothing.
 *
 * Supports: I1 10, I2 30, I3 40. Public vote weight 0.3 (supports). Prizes: "First prize"
 * £5,000 (overall) and "People's Choice" £500. Judges get distinctive names and emails, so a
 * test can look for them where they must not appear.
 */
export async function createHandComputedChallenge(db: DataSource): Promise<HandComputedChallenge> {
  const c = await createJudgingChallenge(db, {
    ideas: 3,
    judges: 3,
    criteria: [
      { name: 'Impact', minScore: 0, maxScore: 10, weight: 3 },
      { name: 'Cost', minScore: 1, maxScore: 5, weight: 1 },
    ],
  });
  const [i1, i2, i3] = c.ideaIds as [string, string, string];
  const [j1, j2, j3] = c.judges as [TestUser, TestUser, TestUser];
  for (const [k, judge] of c.judges.entries()) {
    await db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [judge.id, `Gwenllian Secretjudge ${k + 1}`]);
    // Judge 1 joined the panel first, then judge 2, then judge 3.
    await db.query(
      `UPDATE challenge_judges SET created_at = now() - make_interval(days => $3) WHERE challenge_id = $1 AND user_id = $2`,
      [c.challengeId, judge.id, 10 - k],
    );
  }
  await scoreIdea(db, c.challengeId, j1.id, i1, c.criteria, [10, 5]);
  await scoreIdea(db, c.challengeId, j1.id, i2, c.criteria, [5, 3]);
  await scoreIdea(db, c.challengeId, j1.id, i3, c.criteria, [0, 1]);
  await scoreIdea(db, c.challengeId, j2.id, i1, c.criteria, [3, 1]);
  await scoreIdea(db, c.challengeId, j2.id, i2, c.criteria, [5, 1]);
  await scoreIdea(db, c.challengeId, j2.id, i3, c.criteria, [1, 1]);
  await insertConflict(db, c.challengeId, j3.id, i1, 'Lives next door to the author');
  await scoreIdea(db, c.challengeId, j3.id, i2, c.criteria, [10, 5], { submit: false });
  await setVoteCounts(db, { [i1]: 10, [i2]: 30, [i3]: 40 });
  await setPublicVote(db, c.challengeId, 0.3);
  const [firstPrize, peoplesChoice] = (await insertPrizes(db, c.challengeId, [
    { name: 'First prize', amountPence: 500_000 },
    { name: "People's Choice", amountPence: 50_000, peoplesChoice: true },
  ])) as [SeededPrize, SeededPrize];
  return { ...c, i1, i2, i3, firstPrize, peoplesChoice };
}
