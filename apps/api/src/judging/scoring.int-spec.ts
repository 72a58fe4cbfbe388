import { createOtherCouncilAdmin, createJudgingChallenge, JUDGING_NOW } from '../../test/judging-helpers';
import { daysFrom } from '../../test/ideas-helpers';
import {
  assignDirectly,
  assignment,
  auditEntries,
  fullScores,
  judgingProgress,
  reopenAssignment,
  saveScores,
  scoreRows,
  submitScores,
} from '../../test/scoring-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

describe('judging: scores, submission, lock and reopening', () => {
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

  /** A challenge in judging with idea 0 assigned to judge 0; returns it and the assignment id. */
  async function assigned() {
    const c = await createJudgingChallenge(t.db, { ideas: 2, judges: 2 });
    const [id = ''] = await assignDirectly(t.db, c, c.ideaIds[0] ?? '', [0]);
    const judge = c.judges[0] ?? { token: '' };
    return { c, id, judge };
  }

  it('a judge saves part of the scores, then the rest; a comment left out keeps the saved one', async () => {
    const { c, id, judge } = await assigned();
    const [impact, feasibility] = c.criteria;
    const first = await saveScores(t.http, judge, id, [
      { criterionId: impact?.id, score: 7, comment: 'Strong local benefit' },
    ]).expect(200);
    expect(first.body).toMatchObject({
      id,
      status: 'in_progress',
      submittedAt: null,
      scores: [{ criterionId: impact?.id, score: 7, comment: 'Strong local benefit' }],
    });

    const second = await saveScores(t.http, judge, id, [
      { criterionId: impact?.id, score: 8 },
      { criterionId: feasibility?.id, score: 0, comment: '' },
    ]).expect(200);
    expect(second.body.scores).toEqual([
      { criterionId: impact?.id, score: 8, comment: 'Strong local benefit' },
      { criterionId: feasibility?.id, score: 0, comment: '' },
    ]);
    expect(await scoreRows(t.db, id)).toHaveLength(2);
  });

  it('refuses a score outside its criterion’s range (400 naming the criterion) and stores nothing', async () => {
    const { c, id, judge } = await assigned();
    const [impact, feasibility] = c.criteria;
    for (const [criterion, score] of [
      [impact, 11],
      [impact, 0],
      [feasibility, 6],
      [feasibility, -1],
    ] as const) {
      const res = await saveScores(t.http, judge, id, [{ criterionId: criterion?.id, score }]).expect(400);
      expect(res.body).toMatchObject({
        code: 'score_out_of_range',
        message: expect.stringContaining(criterion?.name ?? '?'),
      });
      expect(res.body.message).toContain(`${criterion?.minScore} to ${criterion?.maxScore}`);
    }
    // One bad score refuses the whole request.
    await saveScores(t.http, judge, id, [
      { criterionId: impact?.id, score: 5 },
      { criterionId: feasibility?.id, score: 9 },
    ]).expect(400);
    expect(await scoreRows(t.db, id)).toEqual([]);
  });

  it('refuses fractional scores, criteria of another rubric, repeated criteria and malformed bodies', async () => {
    const { c, id, judge } = await assigned();
    const other = await createJudgingChallenge(t.db, { ideas: 1, judges: 1 });
    const impact = c.criteria[0];
    const fraction = await saveScores(t.http, judge, id, [{ criterionId: impact?.id, score: 5.5 }]).expect(400);
    expect(fraction.body.message).toMatch(/whole number/);
    const foreign = await saveScores(t.http, judge, id, [{ criterionId: other.criterionIds[0], score: 5 }]).expect(400);
    expect(foreign.body.code).toBe('unknown_criterion');
    const twice = await saveScores(t.http, judge, id, [
      { criterionId: impact?.id, score: 5 },
      { criterionId: impact?.id, score: 6 },
    ]).expect(400);
    expect(twice.body).toMatchObject({ code: 'duplicate_criterion', message: expect.stringContaining('Impact') });
    for (const bad of [[], 'seven', [{ criterionId: 'nope', score: 1 }], [{ criterionId: impact?.id }], [null]]) {
      await saveScores(t.http, judge, id, bad).expect(400);
    }
    await t
      .http()
      .put(`/api/v1/judging/assignments/${id}`)
      .set('Authorization', `Bearer ${judge.token}`)
      .send({ scores: [{ criterionId: impact?.id, score: 5 }], extra: true })
      .expect(400);
    expect(await scoreRows(t.db, id)).toEqual([]);
  });

  it('the database itself refuses a score outside the range, by INSERT or UPDATE, and a range that is not the criterion’s', async () => {
    const { c, id } = await assigned();
    const impact = c.criteria[0];
    const insert = (score: number, min = impact?.minScore, max = impact?.maxScore) =>
      t.db.query(
        `INSERT INTO judge_scores (assignment_id, criterion_id, min_score, max_score, score) VALUES ($1, $2, $3, $4, $5)`,
        [id, impact?.id, min, max, score],
      );
    await expect(insert(11)).rejects.toThrow(/judge_scores_in_range/);
    await expect(insert(0)).rejects.toThrow(/judge_scores_in_range/);
    // Claiming a wider range than the criterion's breaks the composite foreign key.
    await expect(insert(50, 0, 100)).rejects.toThrow(/foreign key/);
    await insert(5);
    await expect(t.db.query(`UPDATE judge_scores SET score = 42 WHERE assignment_id = $1`, [id])).rejects.toThrow(
      /judge_scores_in_range/,
    );
    expect(await scoreRows(t.db, id)).toEqual([expect.objectContaining({ score: 5 })]);
  });

  it('submitting needs every criterion scored (400 listing the missing ones)', async () => {
    const { c, id, judge } = await assigned();
    const none = await submitScores(t.http, judge, id).expect(400);
    expect(none.body).toMatchObject({
      code: 'scores_missing',
      message: expect.stringContaining('“Impact”, “Feasibility”'),
    });
    await saveScores(t.http, judge, id, [{ criterionId: c.criterionIds[0], score: 3 }]).expect(200);
    const one = await submitScores(t.http, judge, id).expect(400);
    expect(one.body.message).toMatch(/missing: “Feasibility”$/);
    const rows: { submitted_at: Date | null }[] = await t.db.query(
      `SELECT submitted_at FROM judge_assignments WHERE id = $1`,
      [id],
    );
    expect(rows[0]?.submitted_at).toBeNull();
  });

  it('submitting locks the scores: audited; no more saving or submitting; the database refuses changes too', async () => {
    const { c, id, judge } = await assigned();
    await saveScores(t.http, judge, id, fullScores(c)).expect(200);
    const submitted = await submitScores(t.http, judge, id).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: JUDGING_NOW.toISOString() });

    const audit = await auditEntries(t.db, 'judging.assignment_submitted', id);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_user_id: judge.id,
        organisation_id: c.orgId,
        details: expect.objectContaining({ ideaId: c.ideaIds[0] }),
      }),
    ]);

    const again = await saveScores(t.http, judge, id, [{ criterionId: c.criterionIds[0], score: 9 }]).expect(409);
    expect(again.body.code).toBe('assignment_submitted');
    expect((await submitScores(t.http, judge, id).expect(409)).body.code).toBe('assignment_submitted');

    await expect(
      t.db.query(`UPDATE judge_scores SET score = min_score WHERE assignment_id = $1`, [id]),
    ).rejects.toThrow(/locked/);
    await expect(t.db.query(`DELETE FROM judge_scores WHERE assignment_id = $1`, [id])).rejects.toThrow(/locked/);
    await expect(
      t.db.query(
        `INSERT INTO judge_scores (assignment_id, criterion_id, min_score, max_score, score)
         SELECT $1, id, min_score, max_score, min_score FROM rubric_criteria WHERE challenge_id = $2 LIMIT 1
         ON CONFLICT DO NOTHING`,
        [id, c.challengeId],
      ),
    ).rejects.toThrow(/locked/);
    expect((await scoreRows(t.db, id)).map((s) => s.score).sort()).toEqual(
      fullScores(c)
        .map((s) => s.score)
        .sort(),
    );
  });

  it('an admin reopens submitted scores with a reason: audited, the judge is emailed in both languages, and can edit again', async () => {
    const { c, id, judge } = await assigned();
    await saveScores(t.http, judge, id, fullScores(c)).expect(200);
    await submitScores(t.http, judge, id).expect(200);

    const noReason = await reopenAssignment(t.http, c.admin, c.challengeId, id, '  ').expect(400);
    expect(noReason.body.message).toMatch(/reason/);
    await reopenAssignment(t.http, c.admin, c.challengeId, id, undefined).expect(400);

    now.mockReturnValue(new Date(JUDGING_NOW.getTime() + 60_000));
    const res = await reopenAssignment(t.http, c.admin, c.challengeId, id, 'The idea’s costing was updated').expect(
      200,
    );
    const row = res.body.ideas.find((i: { ideaId: string }) => i.ideaId === c.ideaIds[0]);
    expect(row.judges).toEqual([expect.objectContaining({ assignmentId: id, status: 'in_progress' })]);

    const audit = await auditEntries(t.db, 'judging.assignment_reopened', id);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_user_id: c.admin.id,
        organisation_id: c.orgId,
        details: expect.objectContaining({ reason: 'The idea’s costing was updated', judgeId: judge.id }),
      }),
    ]);
    const mail: { subject: string; body_text: string }[] = await t.db.query(
      `SELECT subject, body_text FROM outbox_emails WHERE to_address = $1 AND template = 'judging-assignment-reopened'`,
      [judge.email],
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toMatch(/reopened \/ .*hailagor$/);
    expect(mail[0]?.body_text).toContain('The idea’s costing was updated');
    expect(mail[0]?.body_text).toContain(`/judging/assignments/${id}`);

    const view = await assignment(t.http, judge, id).expect(200);
    expect(view.body).toMatchObject({
      status: 'in_progress',
      submittedAt: null,
      reopenReason: 'The idea’s costing was updated',
    });
    expect(view.body.scores).toHaveLength(2);
    await saveScores(t.http, judge, id, [{ criterionId: c.criterionIds[0], score: 10 }]).expect(200);
    await submitScores(t.http, judge, id).expect(200);
    expect(await auditEntries(t.db, 'judging.assignment_submitted', id)).toHaveLength(2);
  });

  it('reopening is refused when not submitted (409), for someone else’s challenge (403/404) and to judges (403)', async () => {
    const { c, id, judge } = await assigned();
    const open = await reopenAssignment(t.http, c.admin, c.challengeId, id, 'Why not').expect(409);
    expect(open.body.code).toBe('assignment_not_submitted');

    await saveScores(t.http, judge, id, fullScores(c)).expect(200);
    await submitScores(t.http, judge, id).expect(200);
    const stranger = await createOtherCouncilAdmin(t.db);
    await reopenAssignment(t.http, stranger, c.challengeId, id, 'Let me in').expect(403);
    await reopenAssignment(t.http, judge, c.challengeId, id, 'Let me in').expect(403);

    // An assignment of another challenge is not found through this one, even by its own admin.
    const other = await createJudgingChallenge(t.db, { ideas: 1, judges: 1 });
    await reopenAssignment(t.http, other.admin, other.challengeId, id, 'Wrong challenge').expect(404);
    await reopenAssignment(t.http, c.admin, c.challengeId, '00000000-0000-4000-8000-000000000000', 'x').expect(404);
    await reopenAssignment(t.http, c.admin, c.challengeId, 'nope', 'x').expect(400);
    expect(await auditEntries(t.db, 'judging.assignment_reopened', id)).toEqual([]);
  });

  it('scores can be saved and submitted only while judging is open (judging_closed)', async () => {
    const { c, id, judge } = await assigned();
    now.mockReturnValue(daysFrom(21));
    const late = await saveScores(t.http, judge, id, fullScores(c)).expect(409);
    expect(late.body).toMatchObject({ code: 'judging_closed', message: 'Judging has closed' });
    expect((await submitScores(t.http, judge, id).expect(409)).body.code).toBe('judging_closed');
    // Reading stays possible.
    await assignment(t.http, judge, id).expect(200);

    const early = await createJudgingChallenge(t.db, { ideas: 1, judges: 1, stage: 'shortlisting' });
    const [earlyId = ''] = await assignDirectly(t.db, early, early.ideaIds[0] ?? '', [0]);
    now.mockReturnValue(JUDGING_NOW);
    const before = await saveScores(t.http, early.judges[0] ?? judge, earlyId, fullScores(early)).expect(409);
    expect(before.body.code).toBe('judging_closed');
    await t.db.query(`UPDATE challenges SET results_published_at = $2 WHERE id = $1`, [c.challengeId, JUDGING_NOW]);
    expect((await saveScores(t.http, judge, id, fullScores(c)).expect(409)).body.code).toBe('judging_closed');
    expect(await scoreRows(t.db, id)).toEqual([]);
  });

  it('progress shows the admin, per judge and per idea, who has scored what; nobody else sees it', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 3, judges: 3 });
    const [a0 = '', a1 = ''] = await assignDirectly(t.db, c, c.ideaIds[0] ?? '', [0, 1]);
    const [b1 = ''] = await assignDirectly(t.db, c, c.ideaIds[1] ?? '', [1]);
    const [j0, j1, j2] = c.judges;
    if (!j0 || !j1 || !j2) throw new Error('three judges');
    await saveScores(t.http, j0, a0, fullScores(c)).expect(200);
    await submitScores(t.http, j0, a0).expect(200);
    await saveScores(t.http, j1, b1, [{ criterionId: c.criterionIds[0], score: 4 }]).expect(200);

    const res = await judgingProgress(t.http, c.admin, c.challengeId).expect(200);
    expect(res.body.judges).toEqual([
      { judgeId: j0.id, displayName: 'Judge 1', assigned: 1, submitted: 1, inProgress: 0 },
      { judgeId: j1.id, displayName: 'Judge 2', assigned: 2, submitted: 0, inProgress: 1 },
      { judgeId: j2.id, displayName: 'Judge 3', assigned: 0, submitted: 0, inProgress: 0 },
    ]);
    expect(res.body.ideas).toEqual([
      {
        ideaId: c.ideaIds[0],
        title: 'Judged idea 1',
        judges: [
          { judgeId: j0.id, displayName: 'Judge 1', status: 'submitted', assignmentId: a0 },
          { judgeId: j1.id, displayName: 'Judge 2', status: 'not_started', assignmentId: a1 },
        ],
      },
      {
        ideaId: c.ideaIds[1],
        title: 'Judged idea 2',
        judges: [{ judgeId: j1.id, displayName: 'Judge 2', status: 'in_progress', assignmentId: b1 }],
      },
      { ideaId: c.ideaIds[2], title: 'Judged idea 3', judges: [] },
    ]);

    await judgingProgress(t.http, await createOtherCouncilAdmin(t.db), c.challengeId).expect(403);
    await judgingProgress(t.http, j0, c.challengeId).expect(403);
    await t.http().get(`/api/v1/challenges/${c.challengeId}/judging-progress`).expect(401);
    await judgingProgress(t.http, c.admin, '00000000-0000-4000-8000-000000000000').expect(404);
  });
});
