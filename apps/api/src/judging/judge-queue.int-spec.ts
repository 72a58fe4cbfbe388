import { createUser } from '../../test/factories';
import {
  addJudge,
  createJudgingChallenge,
  insertAssignment,
  insertConflict,
  JUDGING_NOW,
} from '../../test/judging-helpers';
import {
  assignDirectly,
  assignment,
  fullScores,
  leaked,
  queue,
  saveScores,
  submitScores,
} from '../../test/scoring-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

describe('judging: the judge’s queue, who can reach an assignment, and blind review', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  beforeEach(() => {
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(JUDGING_NOW);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t.close();
  });

  /** Every judge route for one assignment id, as `who`: each must answer `status`. */
  async function expectEveryJudgeRoute(who: { token: string }, id: string, criterionId: string, status: number) {
    await assignment(t.http, who, id).expect(status);
    await saveScores(t.http, who, id, [{ criterionId, score: 1 }]).expect(status);
    await submitScores(t.http, who, id).expect(status);
  }

  it('lists a judge’s assignments across challenges with their status, open work first, and nobody else’s', async () => {
    const a = await createJudgingChallenge(t.db, { ideas: 3, judges: 2 });
    const b = await createJudgingChallenge(t.db, { ideas: 1, judges: 0 });
    const judge = a.judges[0];
    if (!judge) throw new Error('judge');
    await addJudge(t.db, b.challengeId, judge.id);
    const [first = ''] = await assignDirectly(t.db, a, a.ideaIds[0] ?? '', [0]);
    const [second = ''] = await assignDirectly(t.db, a, a.ideaIds[1] ?? '', [0, 1]);
    const third = await insertAssignment(t.db, b.challengeId, judge.id, b.ideaIds[0] ?? '');

    await saveScores(t.http, judge, first, fullScores(a)).expect(200);
    await submitScores(t.http, judge, first).expect(200);
    await saveScores(t.http, judge, third, [{ criterionId: b.criterionIds[0], score: 2 }]).expect(200);

    const res = await queue(t.http, judge).expect(200);
    expect(res.body).toHaveLength(3);
    expect(res.body[2]).toEqual({
      id: first,
      challengeId: a.challengeId,
      challengeTitle: expect.any(String),
      ideaId: a.ideaIds[0],
      ideaTitle: 'Judged idea 1',
      status: 'submitted',
      submittedAt: JUDGING_NOW.toISOString(),
    });
    expect(Object.fromEntries(res.body.map((r: { id: string; status: string }) => [r.id, r.status]))).toEqual({
      [first]: 'submitted',
      [second]: 'not_started',
      [third]: 'in_progress',
    });

    const other = await queue(t.http, a.judges[1] ?? judge).expect(200);
    expect(other.body.map((r: { ideaId: string }) => r.ideaId)).toEqual([a.ideaIds[1]]);
    expect((await queue(t.http, await createUser(t.db)).expect(200)).body).toEqual([]);
    expect((await queue(t.http, a.admin).expect(200)).body).toEqual([]);
    await t.http().get('/api/v1/judging/assignments').expect(401);
  });

  it('an assignment is 404 to everyone but its judge: other judges, judges of other challenges, admins, strangers', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 2, judges: 2 });
    const [mine = ''] = await assignDirectly(t.db, c, c.ideaIds[0] ?? '', [0]);
    const criterionId = c.criterionIds[0] ?? '';
    const elsewhere = await createJudgingChallenge(t.db, { ideas: 1, judges: 1 });
    for (const who of [c.judges[1], elsewhere.judges[0], c.admin, elsewhere.admin, await createUser(t.db)]) {
      if (!who) throw new Error('caller');
      await expectEveryJudgeRoute(who, mine, criterionId, 404);
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expectEveryJudgeRoute(c.judges[0] ?? c.admin, unknown, criterionId, 404);
    await assignment(t.http, c.judges[0] ?? c.admin, 'not-a-uuid').expect(400);
    await t.http().get(`/api/v1/judging/assignments/${mine}`).expect(401);
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM judge_scores WHERE assignment_id = $1`, [mine]);
    expect(rows).toEqual([]);
  });

  it('a conflicted judge cannot reach the idea through any judge route, by their old id or by guessing another judge’s', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 2, judges: 2 });
    const idea = c.ideaIds[0] ?? '';
    const [theirs = '', colleague = ''] = await assignDirectly(t.db, c, idea, [0, 1]);
    const [kept = ''] = await assignDirectly(t.db, c, c.ideaIds[1] ?? '', [0]);
    const judge = c.judges[0];
    if (!judge) throw new Error('judge');
    await saveScores(t.http, judge, theirs, [{ criterionId: c.criterionIds[0], score: 3 }]).expect(200);

    await insertConflict(t.db, c.challengeId, judge.id, idea);

    const criterionId = c.criterionIds[0] ?? '';
    await expectEveryJudgeRoute(judge, theirs, criterionId, 404);
    await expectEveryJudgeRoute(judge, colleague, criterionId, 404);
    const res = await queue(t.http, judge).expect(200);
    expect(res.body.map((r: { id: string }) => r.id)).toEqual([kept]);
    expect(leaked(res.body, [idea])).toEqual([]);
    // The assignment and its scores are gone; the trigger refuses to bring it back.
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM judge_assignments WHERE id = $1`, [theirs]);
    expect(rows).toEqual([]);
    await expect(insertAssignment(t.db, c.challengeId, judge.id, idea)).rejects.toThrow(/conflicted/);
    await assignment(t.http, c.judges[1] ?? judge, colleague).expect(200);
  });

  it('a judge who is an author or co-author of an idea, or has left the panel, cannot reach its assignment', async () => {
    const c = await createJudgingChallenge(t.db, { ideas: 2, judges: 2 });
    const [judge, leaver] = c.judges;
    if (!judge || !leaver) throw new Error('judges');
    await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [c.ideaIds[0], judge.id]);
    const [coauthored = ''] = await assignDirectly(t.db, c, c.ideaIds[0] ?? '', [0]);
    const criterionId = c.criterionIds[0] ?? '';
    await expectEveryJudgeRoute(judge, coauthored, criterionId, 404);

    const [left = ''] = await assignDirectly(t.db, c, c.ideaIds[1] ?? '', [1]);
    await assignment(t.http, leaver, left).expect(200);
    await t.db.query(`DELETE FROM challenge_judges WHERE challenge_id = $1 AND user_id = $2`, [
      c.challengeId,
      leaver.id,
    ]);
    await expectEveryJudgeRoute(leaver, left, criterionId, 404);
    expect((await queue(t.http, judge).expect(200)).body).toEqual([]);
    expect((await queue(t.http, leaver).expect(200)).body).toEqual([]);
  });

  describe('blind review', () => {
    /** A challenge whose idea has a distinctive author, a co-author, a comment, an attachment and votes. */
    async function identifiable(blindReview: boolean) {
      const c = await createJudgingChallenge(t.db, { ideas: 1, judges: 1, blindReview });
      const idea = c.ideaIds[0] ?? '';
      await t.db.query(`UPDATE users SET display_name = 'Philippa Quennell-Ashdown' WHERE id = $1`, [c.author.id]);
      const coauthor = await createUser(t.db, { displayName: 'Barnaby Trevithick' });
      await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [idea, coauthor.id]);
      await t.db.query(
        `INSERT INTO idea_comments (idea_id, author_id, body) VALUES ($1, $2, 'Go Philippa, from Hywel Ap-Rhys')`,
        [idea, coauthor.id],
      );
      await t.db.query(
        `INSERT INTO idea_attachments (idea_id, uploaded_by, storage_key, file_name, content_type, size_bytes, sha256)
         VALUES ($1, $2, $3, 'quennell-budget.pdf', 'application/pdf', 10, 'abc')`,
        [idea, c.author.id, `test/${idea}`],
      );
      await t.db.query(
        `UPDATE ideas SET description = 'Benches for **the park**', location_label = 'Llanfair Street 12' WHERE id = $1`,
        [idea],
      );
      const [id = ''] = await assignDirectly(t.db, c, idea, [0]);
      const judge = c.judges[0];
      if (!judge) throw new Error('judge');
      const secrets = [
        c.author.id,
        c.author.email,
        coauthor.id,
        coauthor.email,
        'Barnaby Trevithick',
        'Hywel Ap-Rhys',
        'quennell-budget',
        'Llanfair Street',
      ];
      return { c, id, judge, secrets };
    }

    /** Every judge-facing response of one assignment's lifecycle. */
    async function judgeResponses(c: Awaited<ReturnType<typeof identifiable>>) {
      return [
        (await queue(t.http, c.judge).expect(200)).body,
        (await assignment(t.http, c.judge, c.id).expect(200)).body,
        (await saveScores(t.http, c.judge, c.id, fullScores(c.c)).expect(200)).body,
        (await submitScores(t.http, c.judge, c.id).expect(200)).body,
        (await saveScores(t.http, c.judge, c.id, fullScores(c.c)).expect(409)).body,
        (await submitScores(t.http, c.judge, c.id).expect(409)).body,
        (await assignment(t.http, c.judge, c.id).expect(200)).body,
      ];
    }

    it('when blind (the default), no judge-facing response carries the author, the team or any identifying field', async () => {
      const blind = await identifiable(true);
      const responses = await judgeResponses(blind);
      for (const body of responses) {
        expect(leaked(body, [...blind.secrets, 'Philippa Quennell-Ashdown', 'Quennell'])).toEqual([]);
        expect(
          leaked(body, [
            'authorName',
            'authorId',
            'email',
            'voteCount',
            'coauthors',
            'team',
            'attachments',
            'comments',
          ]),
        ).toEqual([]);
      }
      const view = responses[1] as { idea: Record<string, unknown> };
      expect(Object.keys(view.idea).sort()).toEqual([
        'category',
        'description',
        'descriptionHtml',
        'id',
        'summary',
        'title',
      ]);
      expect(view.idea['descriptionHtml']).toBe('<p>Benches for <strong>the park</strong></p>\n');
    });

    it('when not blind, the author’s name is shown, and still nothing else about them or the team', async () => {
      const open = await identifiable(false);
      const responses = await judgeResponses(open);
      for (const body of responses) expect(leaked(body, open.secrets)).toEqual([]);
      const view = responses[1] as { idea: Record<string, unknown> };
      expect(view.idea['authorName']).toBe('Philippa Quennell-Ashdown');
      expect(Object.keys(view.idea).sort()).toEqual([
        'authorName',
        'category',
        'description',
        'descriptionHtml',
        'id',
        'summary',
        'title',
      ]);
    });
  });
});
