import { randomUUID } from 'node:crypto';
import { mailsTo } from '../../test/accounts-helpers';
import { createUser } from '../../test/factories';
import { daysFrom, insertIdea } from '../../test/ideas-helpers';
import {
  as,
  auditOf,
  createJudgingChallenge,
  createOtherCouncilAdmin,
  insertAssignment,
  JUDGING_NOW,
} from '../../test/judging-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

type Listed = { ideaId: string; position: number; voteCount: number; category: string | null };
const ids = (body: { ideas: Listed[] }): string[] => body.ideas.map((i) => i.ideaId);

describe('judging: the shortlist', () => {
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

  const path = (challengeId: string) => `/challenges/${challengeId}/shortlist`;
  const fresh = (options: { ideas?: number; categories?: string[] } = {}) =>
    createJudgingChallenge(t.db, { stage: 'shortlisting', shortlisted: 0, ...options });

  it('an admin sets it by hand, in order; only admins and judges see it until it is confirmed', async () => {
    const c = await fresh();
    const [a = '', b = '', d = ''] = c.ideaIds;
    const saved = await as(t.http, c.admin)
      .put(path(c.challengeId), { ideaIds: [d, a] })
      .expect(200);
    expect(saved.body).toEqual({
      confirmedAt: null,
      ideas: [
        { ideaId: d, title: 'Judged idea 3', category: null, voteCount: 20, pairwiseScore: null, position: 0 },
        { ideaId: a, title: 'Judged idea 1', category: null, voteCount: 40, pairwiseScore: null, position: 1 },
      ],
    });
    await as(t.http, c.admin)
      .put(path(c.challengeId), { ideaIds: [a, b] })
      .expect(200);
    const rows: { idea_id: string; position: number }[] = await t.db.query(
      `SELECT idea_id, position FROM challenge_shortlist WHERE challenge_id = $1 ORDER BY position`,
      [c.challengeId],
    );
    expect(rows).toEqual([
      { idea_id: a, position: 0 },
      { idea_id: b, position: 1 },
    ]);
    expect(
      ids(
        (
          await as(t.http, c.judges[0] ?? null)
            .get(path(c.challengeId))
            .expect(200)
        ).body,
      ),
    ).toEqual([a, b]);
    const hidden = await as(t.http, null).get(path(c.challengeId)).expect(404);
    expect(hidden.body.code).toBe('shortlist_not_confirmed');
    await as(t.http, c.author).get(path(c.challengeId)).expect(404);
    expect((await auditOf(t.db, c.challengeId)).map((a) => a.action)).toEqual(['shortlist.saved', 'shortlist.saved']);
    expect(await mailsTo(t.db, c.author.email)).toEqual([]);
  });

  it('proposes the top N by votes, overall or per category, without saving anything', async () => {
    const c = await fresh({ ideas: 6, categories: ['Parks', 'Roads'] });
    // Ideas alternate Parks, Roads…; votes 60, 50, 40, 30, 20, 10. A tie on 60 is broken by the earlier submission.
    const tie = await insertIdea(t.db, c.challengeId, c.author.id, {
      category: 'Roads',
      voteCount: 60,
      submittedAt: daysFrom(-11),
    });
    const propose = (body: object) => as(t.http, c.admin).post(`${path(c.challengeId)}/proposal`, body);

    const top = await propose({ rule: 'top_votes', count: 3 }).expect(200);
    expect(top.body).toMatchObject({ rule: 'top_votes', count: 3, perCategory: false });
    expect(ids(top.body)).toEqual([c.ideaIds[0], tie, c.ideaIds[1]]);
    expect(top.body.ideas.map((i: Listed) => i.position)).toEqual([0, 1, 2]);

    const perCategory = await propose({ rule: 'top_votes', count: 2, perCategory: true }).expect(200);
    expect(perCategory.body.ideas.map((i: Listed) => [i.category, i.voteCount])).toEqual([
      ['Parks', 60],
      ['Parks', 40],
      ['Roads', 60],
      ['Roads', 50],
    ]);
    expect(await t.db.query(`SELECT 1 FROM challenge_shortlist WHERE challenge_id = $1`, [c.challengeId])).toEqual([]);

    const bad = await propose({ rule: 'top_likes', count: 0 }).expect(400);
    expect(bad.body.message).toMatch(/rule must be one of top_votes, top_pairwise.*count must be at least 1/);
    expect((await propose({ rule: 'top_pairwise', count: 2 }).expect(409)).body.code).toBe('pairwise_not_enabled');
    const plain = await fresh();
    const noCategories = await as(t.http, plain.admin)
      .post(`${path(plain.challengeId)}/proposal`, { rule: 'top_votes', count: 1, perCategory: true })
      .expect(409);
    expect(noCategories.body.code).toBe('no_categories');
  });

  it('proposes the top N by pairwise score when the challenge has pairwise voting', async () => {
    const c = await fresh({ ideas: 3 });
    await t.db.query(`UPDATE challenges SET pairwise_voting = true WHERE id = $1`, [c.challengeId]);
    const [most = '', middle = '', least = ''] = [c.ideaIds[2], c.ideaIds[1], c.ideaIds[0]];
    const answer = (winner: string, loser: string) => {
      const [low, high] = winner < loser ? [winner, loser] : [loser, winner];
      return t.db.query(
        `INSERT INTO pairwise_comparisons (challenge_id, voter_key, idea_low, idea_high, winner_idea_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [c.challengeId, randomUUID(), low, high, winner],
      );
    };
    for (let i = 0; i < 5; i++) {
      await answer(most, middle);
      await answer(most, least);
      await answer(middle, least);
    }
    const res = await as(t.http, c.admin)
      .post(`${path(c.challengeId)}/proposal`, { rule: 'top_pairwise', count: 2 })
      .expect(200);
    expect(ids(res.body)).toEqual([most, middle]);
    const [first, second] = res.body.ideas as { pairwiseScore: number }[];
    expect(first?.pairwiseScore).toBeGreaterThan(second?.pairwiseScore ?? 1);
  });

  it('confirming is audited and emails each author and co-author once, in both languages; then it is public', async () => {
    const c = await fresh();
    const [a = '', b = '', d = ''] = c.ideaIds;
    const coauthor = await createUser(t.db, { displayName: 'Co author' });
    await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [a, coauthor.id]);
    await t.db.query(`UPDATE users SET locale = 'cy' WHERE id = $1`, [coauthor.id]);

    const res = await as(t.http, c.admin)
      .put(path(c.challengeId), { ideaIds: [a, b], confirm: true })
      .expect(200);
    expect(res.body.confirmedAt).toBe(JUDGING_NOW.toISOString());
    const audit = await auditOf(t.db, c.challengeId);
    expect(audit.map((x) => [x.action, x.actor_user_id])).toEqual([['shortlist.confirmed', c.admin.id]]);
    expect(audit[0]?.details).toMatchObject({ ideaIds: [a, b], notified: 3 });

    const authorMails = await mailsTo(t.db, c.author.email);
    expect(authorMails.map((m) => m.template)).toEqual(['idea-shortlisted', 'idea-shortlisted']);
    expect(authorMails[0]?.subject).toMatch(/has been shortlisted \/ .* ar y rhestr fer/);
    const coauthorMails = await mailsTo(t.db, coauthor.email);
    expect(coauthorMails).toHaveLength(1);
    expect(coauthorMails[0]?.subject).toMatch(/^Mae eich syniad “Judged idea 1” ar y rhestr fer \//);

    const publicView = await as(t.http, null).get(path(c.challengeId)).expect(200);
    expect(ids(publicView.body)).toEqual([a, b]);

    // Confirming again changes nothing; adding an idea later notifies only its people, audited.
    await as(t.http, c.admin)
      .put(path(c.challengeId), { ideaIds: [a, b], confirm: true })
      .expect(200);
    await as(t.http, c.admin)
      .put(path(c.challengeId), { ideaIds: [a, d] })
      .expect(200);
    expect((await auditOf(t.db, c.challengeId)).map((x) => x.action)).toEqual([
      'shortlist.confirmed',
      'shortlist.changed',
    ]);
    expect(await mailsTo(t.db, c.author.email)).toHaveLength(3);
    expect(await mailsTo(t.db, coauthor.email)).toHaveLength(1);
    const confirmed: { shortlist_confirmed_at: Date }[] = await t.db.query(
      `SELECT shortlist_confirmed_at FROM challenges WHERE id = $1`,
      [c.challengeId],
    );
    expect(confirmed[0]?.shortlist_confirmed_at).toEqual(JUDGING_NOW);
  });

  it('refuses hidden, withdrawn, pending, unknown, other challenges’ and repeated ideas, saving nothing', async () => {
    const c = await fresh();
    const other = await fresh();
    const hidden = await insertIdea(t.db, c.challengeId, c.author.id, { moderationStatus: 'hidden' });
    const withdrawn = await insertIdea(t.db, c.challengeId, c.author.id, { status: 'withdrawn' });
    const pending = await insertIdea(t.db, c.challengeId, c.author.id, { moderationStatus: 'pending' });
    const draft = await insertIdea(t.db, c.challengeId, c.author.id, { status: 'draft' });
    const put = (ideaIds: unknown) => as(t.http, c.admin).put(path(c.challengeId), { ideaIds });
    const good = c.ideaIds[0] ?? '';

    for (const unlisted of [hidden, withdrawn, pending]) {
      const res = await put([good, unlisted]).expect(409);
      expect(res.body).toMatchObject({ code: 'idea_not_listed', message: expect.stringContaining(unlisted) });
    }
    for (const foreign of [other.ideaIds[0] ?? '', draft, randomUUID()]) {
      const res = await put([good, foreign]).expect(400);
      expect(res.body).toMatchObject({ code: 'idea_not_in_challenge', message: expect.stringContaining(foreign) });
    }
    expect((await put([good, good]).expect(400)).body.message).toContain('ideaIds must not list the same idea twice');
    expect((await put(['nope']).expect(400)).body.message).toContain('each of ideaIds must be an idea id');
    expect((await put(undefined).expect(400)).body.message).toContain('ideaIds is required');
    expect(await t.db.query(`SELECT 1 FROM challenge_shortlist WHERE challenge_id = $1`, [c.challengeId])).toEqual([]);
  });

  it('confirming needs submissions and voting closed, at least one idea and a rubric', async () => {
    const c = await fresh();
    const put = (body: object) => as(t.http, c.admin).put(path(c.challengeId), body);
    now.mockReturnValue(daysFrom(-7));
    expect((await put({ ideaIds: c.ideaIds, confirm: true }).expect(409)).body.code).toBe('shortlist_too_early');
    now.mockReturnValue(JUDGING_NOW);
    expect((await put({ ideaIds: [], confirm: true }).expect(409)).body.code).toBe('shortlist_empty');
    await t.db.query(`DELETE FROM rubric_criteria WHERE challenge_id = $1`, [c.challengeId]);
    expect((await put({ ideaIds: c.ideaIds, confirm: true }).expect(409)).body.code).toBe('rubric_missing');
    const state: { shortlist_confirmed_at: Date | null }[] = await t.db.query(
      `SELECT shortlist_confirmed_at FROM challenges WHERE id = $1`,
      [c.challengeId],
    );
    expect(state[0]?.shortlist_confirmed_at).toBeNull();
    expect(await mailsTo(t.db, c.author.email)).toEqual([]);
  });

  it('cannot change once judges have been assigned', async () => {
    const c = await createJudgingChallenge(t.db);
    await insertAssignment(t.db, c.challengeId, c.judges[0]?.id ?? '', c.ideaIds[0] ?? '');
    const res = await as(t.http, c.admin)
      .put(path(c.challengeId), { ideaIds: c.ideaIds.slice(0, 1) })
      .expect(409);
    expect(res.body.code).toBe('shortlist_locked');
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM challenge_shortlist WHERE challenge_id = $1`, [
      c.challengeId,
    ]);
    expect(rows).toHaveLength(c.shortlistIds.length);
  });

  it('another council’s admin, a judge, a resident and a platform admin cannot set or propose it', async () => {
    const c = await fresh();
    const body = { ideaIds: c.ideaIds.slice(0, 1) };
    for (const user of [
      await createOtherCouncilAdmin(t.db),
      c.judges[0] ?? null,
      await createUser(t.db),
      await createUser(t.db, { platformAdmin: true }),
    ]) {
      await as(t.http, user).put(path(c.challengeId), body).expect(403);
      await as(t.http, user)
        .post(`${path(c.challengeId)}/proposal`, { rule: 'top_votes', count: 1 })
        .expect(403);
    }
    await as(t.http, null).put(path(c.challengeId), body).expect(401);
    await as(t.http, await createOtherCouncilAdmin(t.db))
      .get(path(c.challengeId))
      .expect(404);
    expect(await t.db.query(`SELECT 1 FROM challenge_shortlist WHERE challenge_id = $1`, [c.challengeId])).toEqual([]);
  });
});
