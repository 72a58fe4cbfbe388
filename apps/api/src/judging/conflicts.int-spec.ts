import type { Results } from '@challenge/contract';
import { addMember, createUser } from '../../test/factories';
import { insertIdea } from '../../test/ideas-helpers';
import {
  addJudge,
  as,
  auditOf,
  createJudgingChallenge,
  createOtherCouncilAdmin,
  insertAssignment,
  JUDGING_NOW,
} from '../../test/judging-helpers';
import { createHandComputedChallenge } from '../../test/results-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { AccessService } from '../common/access/access.service';
import { PanelRepository } from './panel.repository';

const authUser = (u: { id: string; email: string; displayName: string }): AuthUser => ({
  ...u,
  isPlatformAdmin: false,
  emailVerified: true,
  sessionId: 'test',
});

describe('judging: conflicts of interest', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => {
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(JUDGING_NOW);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const conflicts = (challengeId: string) => `/challenges/${challengeId}/conflicts`;
  const assignmentsOf = (judgeId: string): Promise<{ idea_id: string }[]> =>
    t.db.query(`SELECT idea_id FROM judge_assignments WHERE judge_id = $1`, [judgeId]);
  const assignmentOf = async (judgeId: string, ideaId: string): Promise<string> => {
    const rows: { id: string }[] = await t.db.query(
      `SELECT id FROM judge_assignments WHERE judge_id = $1 AND idea_id = $2`,
      [judgeId, ideaId],
    );
    return rows[0]?.id ?? '';
  };
  const scoresOf = (assignmentId: string): Promise<{ criterion_id: string; score: number }[]> =>
    t.db.query(`SELECT criterion_id, score FROM judge_scores WHERE assignment_id = $1 ORDER BY criterion_id`, [
      assignmentId,
    ]);

  it('a judge declares a conflict: recorded once (201, then 200), audited, and listed for them and the admin', async () => {
    const c = await createJudgingChallenge(t.db);
    const [judge, other] = c.judges;
    const idea = c.ideaIds[0] ?? '';
    if (!judge || !other) throw new Error('judges expected');

    const first = await as(t.http, judge)
      .post(conflicts(c.challengeId), { ideaId: idea, reason: 'I advised the author' })
      .expect(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      judgeId: judge.id,
      judgeName: judge.displayName,
      ideaId: idea,
      ideaTitle: 'Judged idea 1',
      reason: 'I advised the author',
      recordedByAdmin: false,
      createdAt: expect.any(String),
    });
    const again = await as(t.http, judge)
      .post(conflicts(c.challengeId), { ideaId: idea, reason: 'Said twice' })
      .expect(200);
    expect(again.body).toEqual(first.body);

    await as(t.http, c.admin)
      .post(conflicts(c.challengeId), { ideaId: c.ideaIds[1], reason: 'Works for the applicant', judgeId: other.id })
      .expect(201);

    const own = await as(t.http, judge).get(conflicts(c.challengeId)).expect(200);
    expect(own.body.map((x: { ideaId: string }) => x.ideaId)).toEqual([idea]);
    const all = await as(t.http, c.admin).get(conflicts(c.challengeId)).expect(200);
    expect(all.body.map((x: { judgeId: string; recordedByAdmin: boolean }) => [x.judgeId, x.recordedByAdmin])).toEqual([
      [judge.id, false],
      [other.id, true],
    ]);
    expect((await auditOf(t.db, idea)).map((a) => [a.action, a.actor_user_id])).toEqual([
      ['conflict.declared', judge.id],
    ]);
    expect((await auditOf(t.db, c.ideaIds[1] ?? '')).map((a) => [a.action, a.actor_user_id])).toEqual([
      ['conflict.recorded', c.admin.id],
    ]);
  });

  it('declaring a conflict removes the judge’s existing assignment of that idea, scores and all', async () => {
    const c = await createJudgingChallenge(t.db);
    const judge = c.judges[0];
    const [idea = '', kept = ''] = c.ideaIds;
    if (!judge) throw new Error('judge expected');
    const assignment = await insertAssignment(t.db, c.challengeId, judge.id, idea);
    await insertAssignment(t.db, c.challengeId, judge.id, kept);
    const criterion = c.criteria[0];
    await t.db.query(
      `INSERT INTO judge_scores (assignment_id, criterion_id, min_score, max_score, score) VALUES ($1, $2, $3, $4, $5)`,
      [assignment, criterion?.id, criterion?.minScore, criterion?.maxScore, criterion?.minScore],
    );

    await as(t.http, judge).post(conflicts(c.challengeId), { ideaId: idea, reason: 'My sister wrote it' }).expect(201);
    expect(await assignmentsOf(judge.id)).toEqual([{ idea_id: kept }]);
    expect(await t.db.query(`SELECT 1 FROM judge_scores WHERE assignment_id = $1`, [assignment])).toEqual([]);
    const audit = await auditOf(t.db, idea);
    expect(audit[0]?.details['removedAssignment']).toEqual({
      id: assignment,
      submitted: false,
      submittedAt: null,
      scores: [{ criterionId: criterion?.id, score: criterion?.minScore, comment: '' }],
    });
  });

  it('a judge cannot wipe their own submitted scores by declaring a conflict: 409, scores intact, nothing recorded', async () => {
    const c = await createHandComputedChallenge(t.db);
    const judge = c.judges[0];
    if (!judge) throw new Error('judge expected');
    const assignment = await assignmentOf(judge.id, c.i1);
    const scoresBefore = await scoresOf(assignment);
    expect(scoresBefore).toHaveLength(2);

    const res = await as(t.http, judge)
      .post(conflicts(c.challengeId), { ideaId: c.i1, reason: 'I remembered I know the author' })
      .expect(409);
    expect(res.body).toMatchObject({
      code: 'assignment_submitted',
      message: expect.stringMatching(
        /submitted your scores.*ask the challenge’s admins to record the conflict/,
      ) as unknown,
    });
    expect(await scoresOf(assignment)).toEqual(scoresBefore);
    expect(
      await t.db.query(`SELECT submitted_at IS NOT NULL AS submitted FROM judge_assignments WHERE id = $1`, [
        assignment,
      ]),
    ).toEqual([{ submitted: true }]);
    expect(
      await t.db.query(`SELECT 1 FROM judge_conflicts WHERE judge_id = $1 AND idea_id = $2`, [judge.id, c.i1]),
    ).toEqual([]);
    expect(await auditOf(t.db, c.i1)).toEqual([]);
  });

  it('an admin recording a conflict removes a submitted assignment: audited with the scores, and the results recompute without them', async () => {
    const c = await createHandComputedChallenge(t.db);
    const judge2 = c.judges[1];
    if (!judge2) throw new Error('judge expected');
    const results = async (): Promise<Results> =>
      (await as(t.http, c.admin).get(`/challenges/${c.challengeId}/results`).expect(200)).body as Results;
    const before = (await results()).ranking.find((r) => r.ideaId === c.i1);
    expect(before?.judges.map((j) => j.judge)).toEqual(['judge 1', 'judge 2']);
    await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/confirm`).expect(200);
    const assignment = await assignmentOf(judge2.id, c.i1);

    await as(t.http, c.admin)
      .post(conflicts(c.challengeId), { ideaId: c.i1, reason: 'Employed by the applicant', judgeId: judge2.id })
      .expect(201);

    expect(await scoresOf(assignment)).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM judge_assignments WHERE id = $1`, [assignment])).toEqual([]);
    const audit = await auditOf(t.db, c.i1);
    expect(audit.map((a) => [a.action, a.actor_user_id])).toEqual([['conflict.recorded', c.admin.id]]);
    expect(audit[0]?.details).toEqual({
      challengeId: c.challengeId,
      judgeId: judge2.id,
      reason: 'Employed by the applicant',
      removedAssignment: {
        id: assignment,
        submitted: true,
        submittedAt: expect.any(String) as unknown,
        scores: [
          { criterionId: c.criterionIds[0], score: 3, comment: 'Comment by a judge on criterion 1' },
          { criterionId: c.criterionIds[1], score: 1, comment: 'Comment by a judge on criterion 2' },
        ],
      },
    });

    // The confirmed results are now stale; the live results leave judge 2 out of idea 1.
    const stale = await results();
    expect(stale).toMatchObject({ status: 'confirmed', stale: true });
    const publish = await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/publish`).expect(409);
    expect(publish.body.message).toContain('the judges’ submitted scores and the conflicts of interest changed');
    const reconfirmed = (await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/confirm`).expect(200))
      .body as Results;
    const i1 = reconfirmed.ranking.find((r) => r.ideaId === c.i1);
    expect(i1?.judgeCount).toBe(1);
    expect(i1?.judges.map((j) => [j.judge, j.total])).toEqual([['judge 1', 100]]);
    expect(reconfirmed.method.conflictsHandled).toBe(2);
  });

  it('a conflicted judge can never be assigned the idea, even by writing to the database directly', async () => {
    const c = await createJudgingChallenge(t.db);
    const judge = c.judges[0];
    const idea = c.ideaIds[2] ?? '';
    if (!judge) throw new Error('judge expected');
    await as(t.http, c.admin)
      .post(conflicts(c.challengeId), { ideaId: idea, reason: 'Declared interest', judgeId: judge.id })
      .expect(201);
    await expect(insertAssignment(t.db, c.challengeId, judge.id, idea)).rejects.toThrow(/conflicted/);
    const other = await insertAssignment(t.db, c.challengeId, judge.id, c.ideaIds[0] ?? '');
    await expect(t.db.query(`UPDATE judge_assignments SET idea_id = $2 WHERE id = $1`, [other, idea])).rejects.toThrow(
      /conflicted/,
    );
  });

  it('a conflicted judge is not shown the idea on the shortlist, and the panel hides it on every route', async () => {
    const c = await createJudgingChallenge(t.db, { stage: 'shortlisting' });
    const judge = c.judges[0];
    const [conflicted = '', own = ''] = [c.ideaIds[1], await insertIdea(t.db, c.challengeId, judge?.id ?? '')];
    if (!judge) throw new Error('judge expected');
    await as(t.http, judge).post(conflicts(c.challengeId), { ideaId: conflicted, reason: 'Neighbour' }).expect(201);

    const seen = await as(t.http, judge).get(`/challenges/${c.challengeId}/shortlist`).expect(200);
    expect(seen.body.ideas.map((i: { ideaId: string }) => i.ideaId)).toEqual(
      c.shortlistIds.filter((id) => id !== conflicted),
    );
    const admin = await as(t.http, c.admin).get(`/challenges/${c.challengeId}/shortlist`).expect(200);
    expect(admin.body.ideas).toHaveLength(c.shortlistIds.length);

    const panel = t.app.get(PanelRepository);
    expect(await panel.conflictedIdeaIds(judge.id, c.challengeId)).toEqual([conflicted, own].sort());
    expect(await panel.isConflicted(judge.id, conflicted)).toBe(true);
    expect(await panel.isConflicted(judge.id, own)).toBe(true);
    expect(await panel.isConflicted(judge.id, c.ideaIds[0] ?? '')).toBe(false);
    const access = t.app.get(AccessService);
    await expect(access.requireAccess(authUser(judge), 'judging.judge', [c.challengeId])).resolves.toBeUndefined();
    await expect(access.requireAccess(authUser(c.admin), 'judging.judge', [c.challengeId])).rejects.toMatchObject({
      status: 403,
    });
  });

  it('strangers, other councils’ admins and other challenges’ judges are refused', async () => {
    const c = await createJudgingChallenge(t.db);
    const other = await createJudgingChallenge(t.db);
    const judge = c.judges[0];
    const otherJudge = other.judges[0];
    if (!judge || !otherJudge) throw new Error('judges expected');
    const body = { ideaId: c.ideaIds[0], reason: 'Anything' };
    const outsider = await createOtherCouncilAdmin(t.db);

    expect((await as(t.http, otherJudge).post(conflicts(c.challengeId), body).expect(403)).body.code).toBe(
      'not_on_panel',
    );
    await as(t.http, await createUser(t.db))
      .post(conflicts(c.challengeId), body)
      .expect(403);
    await as(t.http, outsider)
      .post(conflicts(c.challengeId), { ...body, judgeId: judge.id })
      .expect(403);
    await as(t.http, outsider).get(conflicts(c.challengeId)).expect(403);
    await as(t.http, otherJudge).get(conflicts(c.challengeId)).expect(403);
    await as(t.http, null).get(conflicts(c.challengeId)).expect(401);
    // A judge cannot record a conflict for another judge.
    await as(t.http, judge)
      .post(conflicts(c.challengeId), { ...body, judgeId: c.judges[1]?.id })
      .expect(403);
    expect(await t.db.query(`SELECT 1 FROM judge_conflicts WHERE challenge_id = $1`, [c.challengeId])).toEqual([]);
  });

  it('the idea must be this challenge’s; an admin names a judge of the panel; a reason is required', async () => {
    const c = await createJudgingChallenge(t.db);
    const other = await createJudgingChallenge(t.db);
    const judge = c.judges[0];
    if (!judge) throw new Error('judge expected');
    const post = (user: { token: string }, body: object) => as(t.http, user).post(conflicts(c.challengeId), body);

    const foreign = await post(judge, { ideaId: other.ideaIds[0], reason: 'x' }).expect(400);
    expect(foreign.body.code).toBe('idea_not_in_challenge');
    expect((await post(judge, { ideaId: c.ideaIds[0], reason: '  ' }).expect(400)).body.message).toContain('reason');
    expect((await post(judge, { ideaId: 'nope', reason: 'x' }).expect(400)).body.message).toContain('ideaId');

    const noJudge = await post(c.admin, { ideaId: c.ideaIds[0], reason: 'x' }).expect(400);
    expect(noJudge.body.code).toBe('judge_required');
    const notOnPanel = await post(c.admin, { ideaId: c.ideaIds[0], reason: 'x', judgeId: other.judges[0]?.id }).expect(
      400,
    );
    expect(notOnPanel.body.code).toBe('judge_not_on_panel');

    // An admin who also sits on the panel declares for themselves.
    const adminJudge = await createUser(t.db);
    await addMember(t.db, c.orgId, adminJudge.id, 'admin');
    await addJudge(t.db, c.challengeId, adminJudge.id);
    const self = await post(adminJudge, { ideaId: c.ideaIds[0], reason: 'Mine to declare' }).expect(201);
    expect(self.body).toMatchObject({ judgeId: adminJudge.id, recordedByAdmin: false });
  });
});
