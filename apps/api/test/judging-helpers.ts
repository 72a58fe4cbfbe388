import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { addMember, bearer, createOrganisation, createUser, TestUser } from './factories';
import { createTestChallenge, daysFrom, IDEAS_NOW, insertIdea } from './ideas-helpers';

/** The fixed "now" of judging tests (the same instant as IDEAS_NOW); set it with jest.spyOn(app.get(CLOCK), 'now'). */
export const JUDGING_NOW = IDEAS_NOW;

export type CriterionSeed = { name: string; description?: string; minScore: number; maxScore: number; weight: number };
export type SeededCriterion = CriterionSeed & { id: string; position: number };

/** Two criteria with different ranges and weights, so normalisation and weighting show. */
export const DEFAULT_CRITERIA: CriterionSeed[] = [
  { name: 'Impact', description: 'How much good it does', minScore: 1, maxScore: 10, weight: 2 },
  { name: 'Feasibility', description: 'How likely it is to work', minScore: 0, maxScore: 5, weight: 1 },
];

export type JudgingChallengeOptions = {
  /** Publicly listed ideas, all by `author`, with vote counts 10·n, 10·(n−1)… (default 4). */
  ideas?: number;
  /** How many of the ideas (the first ones) are on the shortlist (default: all). */
  shortlisted?: number;
  /** Judges on the panel (challenge_judges), each a fresh verified account (default 3). */
  judges?: number;
  /** The rubric (default DEFAULT_CRITERIA); [] leaves the challenge without one. */
  criteria?: CriterionSeed[];
  /** Categories of the challenge; ideas take them in turn. */
  categories?: string[];
  /**
   * 'judging' (default): the shortlist is confirmed and the judging window opened 2 days before
   * JUDGING_NOW (closes 20 days after). 'shortlisting': submissions and voting are over, the
   * shortlist is saved but not confirmed, and judging opens 5 days after JUDGING_NOW.
   */
  stage?: 'shortlisting' | 'judging';
  blindReview?: boolean;
  judgesPerIdea?: number | null;
};

export type JudgingChallenge = {
  challengeId: string;
  orgId: string;
  /** An admin of the hosting council. */
  admin: TestUser;
  /** The author of every idea (not a judge). */
  author: TestUser;
  /** In order; the first `shortlisted` are shortlisted in that order. */
  ideaIds: string[];
  shortlistIds: string[];
  judges: TestUser[];
  criteria: SeededCriterion[];
  criterionIds: string[];
};

/**
 * A published challenge straight in the database, past submissions (30 to 10 days before
 * JUDGING_NOW) and voting (10 to 5 days before), with publicly listed ideas, a shortlist, a
 * rubric and a panel of judges. See JudgingChallengeOptions for the stage and the defaults.
 */
export async function createJudgingChallenge(
  db: DataSource,
  options: JudgingChallengeOptions = {},
): Promise<JudgingChallenge> {
  const org = await createOrganisation(db);
  const admin = await createUser(db, { displayName: 'Council admin' });
  await addMember(db, org.id, admin.id, 'admin');
  const categories = options.categories ?? [];
  const { id: challengeId } = await createTestChallenge(db, org.id, {
    submissions: { opensAt: daysFrom(-30), closesAt: daysFrom(-10) },
    voting: { opensAt: daysFrom(-10), closesAt: daysFrom(-5) },
    categories,
    publishedAt: daysFrom(-40),
  });
  const stage = options.stage ?? 'judging';
  const judging =
    stage === 'judging'
      ? { opensAt: daysFrom(-2), closesAt: daysFrom(20) }
      : { opensAt: daysFrom(5), closesAt: daysFrom(20) };
  await db.query(
    `UPDATE challenges SET judging_opens_at = $2, judging_closes_at = $3, shortlist_confirmed_at = $4,
            blind_review = $5, judges_per_idea = $6
      WHERE id = $1`,
    [
      challengeId,
      judging.opensAt,
      judging.closesAt,
      stage === 'judging' ? daysFrom(-3) : null,
      options.blindReview ?? true,
      options.judgesPerIdea ?? null,
    ],
  );

  const author = await createUser(db, { displayName: 'Idea author' });
  const count = options.ideas ?? 4;
  const ideaIds: string[] = [];
  for (let i = 0; i < count; i++) {
    ideaIds.push(
      await insertIdea(db, challengeId, author.id, {
        title: `Judged idea ${i + 1}`,
        summary: `Summary of idea ${i + 1}`,
        description: `Description of idea ${i + 1}`,
        category: categories.length > 0 ? (categories[i % categories.length] ?? null) : null,
        voteCount: 10 * (count - i),
        submittedAt: daysFrom(-20),
      }),
    );
  }
  const shortlistIds = ideaIds.slice(0, options.shortlisted ?? count);
  await setShortlistRows(db, challengeId, shortlistIds, admin.id);

  const criteria = await insertCriteria(db, challengeId, options.criteria ?? DEFAULT_CRITERIA);
  const judges: TestUser[] = [];
  for (let i = 0; i < (options.judges ?? 3); i++) {
    const judge = await createUser(db, { displayName: `Judge ${i + 1}` });
    await addJudge(db, challengeId, judge.id, admin.id);
    judges.push(judge);
  }
  return {
    challengeId,
    orgId: org.id,
    admin,
    author,
    ideaIds,
    shortlistIds,
    judges,
    criteria,
    criterionIds: criteria.map((c) => c.id),
  };
}

/** Replaces the shortlist rows (positions in order) straight in the database. */
export async function setShortlistRows(
  db: DataSource,
  challengeId: string,
  ideaIds: string[],
  addedBy: string | null = null,
): Promise<void> {
  await db.query(`DELETE FROM challenge_shortlist WHERE challenge_id = $1`, [challengeId]);
  for (const [position, ideaId] of ideaIds.entries()) {
    await db.query(
      `INSERT INTO challenge_shortlist (challenge_id, idea_id, position, added_by) VALUES ($1, $2, $3, $4)`,
      [challengeId, ideaId, position, addedBy],
    );
  }
}

/** Inserts rubric criteria straight in the database (positions in order). */
export async function insertCriteria(
  db: DataSource,
  challengeId: string,
  criteria: CriterionSeed[],
): Promise<SeededCriterion[]> {
  const seeded: SeededCriterion[] = [];
  for (const [position, c] of criteria.entries()) {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO rubric_criteria (challenge_id, position, name, description, min_score, max_score, weight)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [challengeId, position, c.name, c.description ?? '', c.minScore, c.maxScore, c.weight],
    );
    seeded.push({ ...c, id: rows[0]?.id ?? '', position });
  }
  return seeded;
}

/** Appoints a judge straight in the database. */
export async function addJudge(
  db: DataSource,
  challengeId: string,
  userId: string,
  addedBy: string | null = null,
): Promise<void> {
  await db.query(`INSERT INTO challenge_judges (challenge_id, user_id, added_by) VALUES ($1, $2, $3)`, [
    challengeId,
    userId,
    addedBy,
  ]);
}

/** Records a conflict straight in the database (the trigger removes any assignment of that idea to the judge). */
export async function insertConflict(
  db: DataSource,
  challengeId: string,
  judgeId: string,
  ideaId: string,
  reason = 'Knows the author',
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO judge_conflicts (challenge_id, judge_id, idea_id, reason) VALUES ($1, $2, $3, $4) RETURNING id`,
    [challengeId, judgeId, ideaId, reason],
  );
  return rows[0]?.id ?? '';
}

/** Assigns an idea to a judge straight in the database (refused by a trigger when the judge is conflicted). */
export async function insertAssignment(
  db: DataSource,
  challengeId: string,
  judgeId: string,
  ideaId: string,
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO judge_assignments (challenge_id, judge_id, idea_id) VALUES ($1, $2, $3) RETURNING id`,
    [challengeId, judgeId, ideaId],
  );
  return rows[0]?.id ?? '';
}

/** A verified account that is an admin of a council with no part in any judging challenge. */
export async function createOtherCouncilAdmin(db: DataSource): Promise<TestUser> {
  const org = await createOrganisation(db);
  const admin = await createUser(db, { displayName: 'Other council admin' });
  await addMember(db, org.id, admin.id, 'admin');
  return admin;
}

/** `METHOD /api/v1<path>` as `user` (or anonymously), for terse route tests. */
export const as = (http: () => TestAgent, user: { token: string } | null) => ({
  get: (path: string) =>
    user
      ? http()
          .get(`/api/v1${path}`)
          .set(...bearer(user))
      : http().get(`/api/v1${path}`),
  post: (path: string, body: object = {}) =>
    user
      ? http()
          .post(`/api/v1${path}`)
          .set(...bearer(user))
          .send(body)
      : http().post(`/api/v1${path}`).send(body),
  put: (path: string, body: object = {}) =>
    user
      ? http()
          .put(`/api/v1${path}`)
          .set(...bearer(user))
          .send(body)
      : http().put(`/api/v1${path}`).send(body),
  delete: (path: string) =>
    user
      ? http()
          .delete(`/api/v1${path}`)
          .set(...bearer(user))
      : http().delete(`/api/v1${path}`),
});

/** The audit entries about one target, oldest first. */
export async function auditOf(
  db: DataSource,
  targetId: string,
): Promise<{ action: string; actor_user_id: string | null; details: Record<string, unknown> }[]> {
  return db.query(
    `SELECT action, actor_user_id, details FROM audit_log WHERE target_id = $1 ORDER BY occurred_at, id`,
    [targetId],
  );
}
