import { DataSource } from 'typeorm';
import {
  createJudgingChallenge,
  createOtherCouncilAdmin,
  insertConflict,
  JudgingChallenge,
  JUDGING_NOW,
  setShortlistRows,
} from '../../test/judging-helpers';
import { daysFrom } from '../../test/ideas-helpers';
import { auditEntries, fullScores, generateAssignments, saveScores, submitScores } from '../../test/scoring-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

type Row = { id: string; judge_id: string; idea_id: string };

async function assignmentRows(db: DataSource, challengeId: string): Promise<Row[]> {
  return db.query(`SELECT id, judge_id, idea_id FROM judge_assignments WHERE challenge_id = $1 ORDER BY id`, [
    challengeId,
  ]);
}

/**
 * Every idea has exactly k distinct judges, none conflicted, and (unless `balanced` is false: a
 * re-run keeps what it can rather than rebalancing) judges' loads differ by at most one.
 */
async function expectBalanced(
  db: DataSource,
  c: JudgingChallenge,
  k: number,
  balanced = true,
): Promise<Map<string, number>> {
  const rows = await assignmentRows(db, c.challengeId);
  const conflicts: { judge_id: string; idea_id: string }[] = await db.query(
    `SELECT judge_id, idea_id FROM judge_conflicts WHERE challenge_id = $1`,
    [c.challengeId],
  );
  for (const idea of c.shortlistIds) {
    const judges = rows.filter((r) => r.idea_id === idea).map((r) => r.judge_id);
    expect(new Set(judges).size).toBe(k);
    expect(judges).toHaveLength(k);
  }
  for (const conflict of conflicts) {
    expect(rows.some((r) => r.judge_id === conflict.judge_id && r.idea_id === conflict.idea_id)).toBe(false);
  }
  const loads = new Map(c.judges.map((j) => [j.id, rows.filter((r) => r.judge_id === j.id).length]));
  if (balanced) expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
  return loads;
}

describe('judging: generating balanced assignments', () => {
  let t: TestApp;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    t = await createTestApp();
  });

  beforeEach(() => {
    now = jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(JUDGING_NOW);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t.close();
  });

  it('7 ideas, 4 judges, 2 per idea: every idea gets 2 judges, loads 4-4-3-3; stored, audited and each judge emailed once', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 7, judges: 4 });
    const res = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    expect(res.body).toMatchObject({ judgesPerIdea: 2, created: 14, removed: 0, kept: 0 });
    expect(res.body.loads.map((l: { assigned: number }) => l.assigned).sort()).toEqual([3, 3, 4, 4]);
    expect(res.body.loads.map((l: { displayName: string }) => l.displayName).sort()).toEqual([
      'Judge 1',
      'Judge 2',
      'Judge 3',
      'Judge 4',
    ]);
    const loads = await expectBalanced(t.db, c, 2);
    for (const l of res.body.loads) expect(loads.get(l.judgeId)).toBe(l.assigned);

    const stored: { judges_per_idea: number }[] = await t.db.query(
      `SELECT judges_per_idea FROM challenges WHERE id = $1`,
      [c.challengeId],
    );
    expect(stored[0]?.judges_per_idea).toBe(2);
    const audit = await auditEntries(t.db, 'judging.assignments_generated', c.challengeId);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_user_id: c.admin.id,
        organisation_id: c.orgId,
        details: expect.objectContaining({ judgesPerIdea: 2, kept: 0 }),
      }),
    ]);
    expect((audit[0]?.details['added'] as unknown[]).length).toBe(14);
    for (const judge of c.judges) {
      const mails: { subject: string; body_text: string }[] = await t.db.query(
        `SELECT subject, body_text FROM outbox_emails WHERE to_address = $1 AND template = 'judging-new-assignments'`,
        [judge.email],
      );
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toMatch(new RegExp(`^${loads.get(judge.id)} new ideas to judge .* / .*syniad newydd`));
      expect(mails[0]?.body_text).toContain('/judging');
    }

    // Running again with nothing new changes nothing and emails nobody.
    const again = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    expect(again.body).toMatchObject({ created: 0, removed: 0, kept: 14 });
    const mails: unknown[] = await t.db.query(
      `SELECT 1 FROM outbox_emails WHERE template = 'judging-new-assignments' AND to_address = ANY($1)`,
      [c.judges.map((j) => j.email)],
    );
    expect(mails).toHaveLength(4);
  });

  it('never assigns a conflicted judge, or a judge to an idea they wrote or co-wrote, and stays balanced', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 6, judges: 4 });
    const [j0, j1, j2] = c.judges;
    if (!j0 || !j1 || !j2) throw new Error('judges');
    await insertConflict(t.db, c.challengeId, j0.id, c.ideaIds[0] ?? '');
    await insertConflict(t.db, c.challengeId, j1.id, c.ideaIds[0] ?? '');
    await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [c.ideaIds[1], j2.id]);
    await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    await expectBalanced(t.db, c, 2);
    const rows = await assignmentRows(t.db, c.challengeId);
    expect(
      rows
        .filter((r) => r.idea_id === c.ideaIds[0])
        .map((r) => r.judge_id)
        .sort(),
    ).toEqual([c.judges[2]?.id, c.judges[3]?.id].sort());
    expect(rows.some((r) => r.idea_id === c.ideaIds[1] && r.judge_id === j2.id)).toBe(false);
  });

  it('a re-run after a new conflict changes only the conflicted assignment', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 7, judges: 4 });
    await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    const before = await assignmentRows(t.db, c.challengeId);
    const victim = before[3];
    if (!victim) throw new Error('an assignment');
    await insertConflict(t.db, c.challengeId, victim.judge_id, victim.idea_id);

    const res = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    expect(res.body).toMatchObject({ created: 1, removed: 0, kept: 13 });
    const after = await assignmentRows(t.db, c.challengeId);
    const beforeIds = new Set(before.map((r) => r.id));
    const unchanged = before.filter((r) => r.id !== victim.id);
    expect(after.filter((r) => beforeIds.has(r.id))).toEqual(unchanged);
    const added = after.filter((r) => !beforeIds.has(r.id));
    expect(added).toHaveLength(1);
    expect(added[0]?.idea_id).toBe(victim.idea_id);
    expect(added[0]?.judge_id).not.toBe(victim.judge_id);
    // Kept assignments are never moved to even out the loads again.
    await expectBalanced(t.db, c, 2, false);
  });

  it('a judge who became a co-author loses that assignment on the next run (removed as a conflict), and only that', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 4, judges: 3 });
    await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    const before = await assignmentRows(t.db, c.challengeId);
    const victim = before[0];
    if (!victim) throw new Error('an assignment');
    await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [
      victim.idea_id,
      victim.judge_id,
    ]);
    const res = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    expect(res.body).toMatchObject({ created: 1, removed: 1, kept: 7 });
    const after = await assignmentRows(t.db, c.challengeId);
    expect(after.some((r) => r.id === victim.id)).toBe(false);
    expect(after.filter((r) => r.id !== victim.id && before.some((b) => b.id === r.id))).toHaveLength(7);
  });

  it('impossible requests are refused with the reason (409) and change nothing', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 3, judges: 4 });
    const tooMany = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 5 }).expect(409);
    expect(tooMany.body).toMatchObject({
      code: 'not_enough_judges',
      message: expect.stringContaining('The panel has 4 judges; 5 per idea are needed'),
    });

    await insertConflict(t.db, c.challengeId, c.judges[0]?.id ?? '', c.ideaIds[2] ?? '');
    await insertConflict(t.db, c.challengeId, c.judges[1]?.id ?? '', c.ideaIds[2] ?? '');
    const conflicted = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 3 }).expect(409);
    expect(conflicted.body.code).toBe('not_enough_judges');
    expect(conflicted.body.message).toContain('“Judged idea 3” has only 2 judges without a conflict; 3 are needed');
    expect(conflicted.body.message).not.toContain(c.ideaIds[2]);

    expect(await assignmentRows(t.db, c.challengeId)).toEqual([]);
    const stored: { judges_per_idea: number | null }[] = await t.db.query(
      `SELECT judges_per_idea FROM challenges WHERE id = $1`,
      [c.challengeId],
    );
    expect(stored[0]?.judges_per_idea).toBeNull();
    expect(await auditEntries(t.db, 'judging.assignments_generated', c.challengeId)).toEqual([]);
    await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
  });

  it('never deletes submitted scores: lowering k keeps them, and an idea leaving the shortlist keeps its scored assignment', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 3, judges: 3 });
    await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 2 }).expect(200);
    const rows = await assignmentRows(t.db, c.challengeId);
    const scored = rows.filter((r) => r.idea_id === c.ideaIds[0]);
    for (const r of scored) {
      const judge = c.judges.find((j) => j.id === r.judge_id);
      if (!judge) throw new Error('judge');
      await saveScores(t.http, judge, r.id, fullScores(c)).expect(200);
      await submitScores(t.http, judge, r.id).expect(200);
    }
    const lowered = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 1 }).expect(409);
    expect(lowered.body).toMatchObject({
      code: 'too_many_locked',
      message: expect.stringContaining('“Judged idea 1”'),
    });

    await setShortlistRows(t.db, c.challengeId, [c.ideaIds[1] ?? '', c.ideaIds[2] ?? '']);
    const res = await generateAssignments(t.http, c.admin, c.challengeId, { judgesPerIdea: 1 }).expect(200);
    expect(res.body).toMatchObject({ created: 0, removed: 2, kept: 4 });
    const after = await assignmentRows(t.db, c.challengeId);
    for (const r of scored) expect(after.some((a) => a.id === r.id)).toBe(true);
    for (const idea of [c.ideaIds[1], c.ideaIds[2]]) expect(after.filter((a) => a.idea_id === idea)).toHaveLength(1);
    const scores: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM judge_scores WHERE assignment_id = ANY($1::uuid[])`,
      [scored.map((r) => r.id)],
    );
    expect(scores[0]?.n).toBe(2 * c.criteria.length);
  });

  it('needs a confirmed shortlist, a rubric, and judging not over', async () => {
    const early = await createJudgingChallenge(t.db, { stage: 'shortlisting' });
    const unconfirmed = await generateAssignments(t.http, early.admin, early.challengeId, { judgesPerIdea: 1 }).expect(
      409,
    );
    expect(unconfirmed.body.code).toBe('shortlist_not_confirmed');

    const noRubric = await createJudgingChallenge(t.db, { criteria: [] });
    const rubric = await generateAssignments(t.http, noRubric.admin, noRubric.challengeId, { judgesPerIdea: 1 }).expect(
      409,
    );
    expect(rubric.body.code).toBe('rubric_missing');

    const empty = await createJudgingChallenge(t.db, { shortlisted: 0 });
    expect(
      (await generateAssignments(t.http, empty.admin, empty.challengeId, { judgesPerIdea: 1 }).expect(409)).body.code,
    ).toBe('shortlist_empty');

    const late = await createJudgingChallenge(t.db);
    now.mockReturnValue(daysFrom(25));
    expect(
      (await generateAssignments(t.http, late.admin, late.challengeId, { judgesPerIdea: 1 }).expect(409)).body.code,
    ).toBe('judging_closed');
  });

  it('only the hosting councils’ admins may assign; bad bodies are 400', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 2, judges: 2 });
    await generateAssignments(t.http, await createOtherCouncilAdmin(t.db), c.challengeId, { judgesPerIdea: 1 }).expect(
      403,
    );
    await generateAssignments(t.http, c.judges[0] ?? c.admin, c.challengeId, { judgesPerIdea: 1 }).expect(403);
    await t.http().post(`/api/v1/challenges/${c.challengeId}/assignments`).send({ judgesPerIdea: 1 }).expect(401);
    await generateAssignments(t.http, c.admin, '00000000-0000-4000-8000-000000000000', { judgesPerIdea: 1 }).expect(
      404,
    );
    for (const body of [
      {},
      { judgesPerIdea: 0 },
      { judgesPerIdea: 51 },
      { judgesPerIdea: 1.5 },
      { judgesPerIdea: '2' },
      { judgesPerIdea: 1, extra: 1 },
    ]) {
      const res = await generateAssignments(t.http, c.admin, c.challengeId, body).expect(400);
      expect(res.body.message).toMatch(/judgesPerIdea|extra/);
    }
    expect(await assignmentRows(t.db, c.challengeId)).toEqual([]);
  });
});
