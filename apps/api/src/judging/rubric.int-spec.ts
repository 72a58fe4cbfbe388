import { createUser } from '../../test/factories';
import { createTestChallenge, daysFrom } from '../../test/ideas-helpers';
import { as, auditOf, createJudgingChallenge, createOtherCouncilAdmin, JUDGING_NOW } from '../../test/judging-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

const valid = () => [
  {
    name: 'Impact',
    nameCy: 'Effaith',
    description: 'How much good it does',
    descriptionCy: 'Faint o les y mae’n ei wneud',
    minScore: 1,
    maxScore: 10,
    weight: 2,
  },
  { name: 'Cost', description: 'Value for money', minScore: 0, maxScore: 5, weight: 0.5 },
];

describe('judging: the rubric', () => {
  let t: TestApp;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => {
    now = jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(JUDGING_NOW);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const shortlisting = () => createJudgingChallenge(t.db, { stage: 'shortlisting', criteria: [] });

  it('an admin sets the rubric before judging opens; it is public with the challenge and audited', async () => {
    const c = await shortlisting();
    const res = await as(t.http, c.admin).put(`/challenges/${c.challengeId}/rubric`, { criteria: valid() }).expect(200);
    expect(res.body.frozen).toBe(false);
    expect(res.body.criteria).toEqual([
      { id: expect.any(String), position: 0, ...valid()[0] },
      { id: expect.any(String), position: 1, ...valid()[1], nameCy: null, descriptionCy: null },
    ]);

    const anonymous = await as(t.http, null).get(`/challenges/${c.challengeId}/rubric`).expect(200);
    expect(anonymous.body).toEqual(res.body);

    const audit = await auditOf(t.db, c.challengeId);
    expect(audit.map((a) => a.action)).toEqual(['rubric.updated']);
    expect(audit[0]?.actor_user_id).toBe(c.admin.id);
    expect(audit[0]?.details['to']).toEqual([
      { name: 'Impact', minScore: 1, maxScore: 10, weight: 2 },
      { name: 'Cost', minScore: 0, maxScore: 5, weight: 0.5 },
    ]);
  });

  it('setting it again replaces the whole set, in the new order', async () => {
    const c = await shortlisting();
    const put = (criteria: object[]) =>
      as(t.http, c.admin).put(`/challenges/${c.challengeId}/rubric`, { criteria }).expect(200);
    await put(valid());
    await put([{ ...valid()[1], name: 'Value' }]);
    const rows: { name: string; position: number }[] = await t.db.query(
      `SELECT name, position FROM rubric_criteria WHERE challenge_id = $1 ORDER BY position`,
      [c.challengeId],
    );
    expect(rows).toEqual([{ name: 'Value', position: 0 }]);
  });

  it.each([
    ['a missing name', { name: undefined }, 'criteria.0.name'],
    ['a blank name', { name: '   ' }, 'criteria.0.name'],
    ['a missing description', { description: undefined }, 'criteria.0.description'],
    ['a negative minScore', { minScore: -1 }, 'criteria.0.minScore'],
    ['a fractional minScore', { minScore: 1.5 }, 'criteria.0.minScore'],
    ['a maxScore over 1000', { maxScore: 1001 }, 'criteria.0.maxScore'],
    ['a maxScore equal to minScore', { minScore: 5, maxScore: 5 }, 'criteria.0.maxScore'],
    ['a maxScore below minScore', { minScore: 6, maxScore: 3 }, 'criteria.0.maxScore'],
    ['a zero weight', { weight: 0 }, 'criteria.0.weight'],
    ['a negative weight', { weight: -2 }, 'criteria.0.weight'],
    ['a weight as text', { weight: 'heavy' }, 'criteria.0.weight'],
    ['an unknown field', { colour: 'red' }, 'criteria.0.colour'],
  ])('%s is refused with 400 naming the field', async (_label, change, field) => {
    const c = await shortlisting();
    const criterion: Record<string, unknown> = { ...valid()[0], ...change };
    const res = await as(t.http, c.admin)
      .put(`/challenges/${c.challengeId}/rubric`, { criteria: [criterion] })
      .expect(400);
    expect(res.body.message).toContain(field);
    expect(await t.db.query(`SELECT 1 FROM rubric_criteria WHERE challenge_id = $1`, [c.challengeId])).toEqual([]);
  });

  it('names must be unique (ignoring case and spaces); 1 to 12 criteria', async () => {
    const c = await shortlisting();
    const put = (criteria: unknown) => as(t.http, c.admin).put(`/challenges/${c.challengeId}/rubric`, { criteria });
    const duplicate = await put([valid()[0], { ...valid()[1], name: ' impact ' }]).expect(400);
    expect(duplicate.body.message).toContain('criteria.1.name must be unique');
    expect((await put([]).expect(400)).body.message).toContain('at least 1 criterion');
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ ...valid()[1], name: `Criterion ${i}` }));
    expect((await put(thirteen).expect(400)).body.message).toContain('at most 12');
    expect((await put('Impact').expect(400)).body.message).toContain('criteria must be a list');
  });

  it('the database refuses a zero weight, an empty range or a negative minimum even without the API', async () => {
    const c = await shortlisting();
    const insert = (min: number, max: number, weight: number) =>
      t.db.query(
        `INSERT INTO rubric_criteria (challenge_id, position, name, min_score, max_score, weight)
         VALUES ($1, 0, 'Direct', $2, $3, $4)`,
        [c.challengeId, min, max, weight],
      );
    await expect(insert(0, 10, 0)).rejects.toThrow(/rubric_criteria_weight_check/);
    await expect(insert(0, 10, -1)).rejects.toThrow(/rubric_criteria_weight_check/);
    await expect(insert(5, 5, 1)).rejects.toThrow(/rubric_criteria_range/);
    await expect(insert(-1, 5, 1)).rejects.toThrow(/rubric_criteria_min_score_check/);
    await insert(0, 10, 1);
  });

  it('is frozen once judging opens: by its date, or by confirming the shortlist (409 rubric_frozen)', async () => {
    const c = await shortlisting();
    const put = () => as(t.http, c.admin).put(`/challenges/${c.challengeId}/rubric`, { criteria: valid() });
    await put().expect(200);

    now.mockReturnValue(daysFrom(6));
    const frozen = await put().expect(409);
    expect(frozen.body).toMatchObject({ code: 'rubric_frozen', message: expect.stringContaining('frozen') });
    expect((await as(t.http, null).get(`/challenges/${c.challengeId}/rubric`).expect(200)).body.frozen).toBe(true);

    const judging = await createJudgingChallenge(t.db);
    now.mockReturnValue(JUDGING_NOW);
    const res = await as(t.http, judging.admin)
      .put(`/challenges/${judging.challengeId}/rubric`, { criteria: valid() })
      .expect(409);
    expect(res.body.code).toBe('rubric_frozen');
    const kept: { id: string }[] = await t.db.query(
      `SELECT id FROM rubric_criteria WHERE challenge_id = $1 ORDER BY position`,
      [judging.challengeId],
    );
    expect(kept.map((r) => r.id)).toEqual(judging.criterionIds);

    const confirmedEarly = await createJudgingChallenge(t.db, { stage: 'shortlisting' });
    await t.db.query(`UPDATE challenges SET shortlist_confirmed_at = $2 WHERE id = $1`, [
      confirmedEarly.challengeId,
      daysFrom(-1),
    ]);
    await as(t.http, confirmedEarly.admin)
      .put(`/challenges/${confirmedEarly.challengeId}/rubric`, { criteria: valid() })
      .expect(409);
  });

  it('only admins of a hosting council set it; a draft’s rubric is hidden from strangers', async () => {
    const c = await shortlisting();
    const body = { criteria: valid() };
    await as(t.http, await createOtherCouncilAdmin(t.db))
      .put(`/challenges/${c.challengeId}/rubric`, body)
      .expect(403);
    await as(t.http, c.judges[0] ?? null)
      .put(`/challenges/${c.challengeId}/rubric`, body)
      .expect(403);
    await as(t.http, await createUser(t.db, { platformAdmin: true }))
      .put(`/challenges/${c.challengeId}/rubric`, body)
      .expect(403);
    await as(t.http, null).put(`/challenges/${c.challengeId}/rubric`, body).expect(401);

    const draft = await createTestChallenge(t.db, c.orgId, { publishedAt: null });
    await as(t.http, null).get(`/challenges/${draft.id}/rubric`).expect(404);
    await as(t.http, await createOtherCouncilAdmin(t.db))
      .put(`/challenges/${draft.id}/rubric`, body)
      .expect(404);
    await as(t.http, c.admin).put(`/challenges/${draft.id}/rubric`, body).expect(200);
    await as(t.http, c.admin).get(`/challenges/not-a-uuid/rubric`).expect(400);
  });
});
