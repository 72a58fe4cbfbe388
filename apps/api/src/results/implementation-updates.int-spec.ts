import type { ImplementationUpdate } from '@challenge/contract';
import { CLOCK } from '../common/clock';
import { bearer, createUser, TestUser } from '../../test/factories';
import {
  as,
  createJudgingChallenge,
  createOtherCouncilAdmin,
  JudgingChallenge,
  JUDGING_NOW,
} from '../../test/judging-helpers';
import { addSupporter, insertPrizes, mailsTo, publishAwardsDirectly } from '../../test/results-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { UpdateDigestService } from './update-digest.service';
import { DIGEST_QUEUE, UpdateDigestWorker } from './update-digest.worker';

const DIGEST = 'implementation-updates-digest';

describe('implementation updates on winning ideas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get(CLOCK), 'now').mockImplementation(() => JUDGING_NOW);
  });
  afterAll(() => t.close());

  /** A challenge in judging whose first idea won the only prize; results published unless told. */
  async function wonChallenge(publish = true): Promise<JudgingChallenge & { winnerId: string; loserId: string }> {
    const c = await createJudgingChallenge(t.db, { ideas: 3, judges: 1 });
    const [prize] = await insertPrizes(t.db, c.challengeId, [{ name: 'First prize', amountPence: 500_000 }]);
    const winnerId = c.ideaIds[0] ?? '';
    if (publish && prize) {
      await publishAwardsDirectly(t.db, c.challengeId, c.admin.id, [
        { prizeId: prize.id, ideaId: winnerId, amountPence: 500_000 },
      ]);
    }
    return { ...c, winnerId, loserId: c.ideaIds[1] ?? '' };
  }

  const post = (user: TestUser | null, challengeId: string, ideaId: string, body: object) =>
    as(t.http, user).post(`/challenges/${challengeId}/ideas/${ideaId}/updates`, body);

  it('a hosting admin posts an update on a winning idea; anyone reads it per idea and per challenge; it is audited', async () => {
    const c = await wonChallenge();
    const res = await post(c.admin, c.challengeId, c.winnerId, {
      status: 'in_progress',
      body: '  Bins ordered for the high street.  ',
      bodyCy: 'Biniau wedi’u harchebu.',
      spendPence: 125_050,
    }).expect(201);
    const update = res.body as ImplementationUpdate;
    expect(update).toMatchObject({
      ideaId: c.winnerId,
      ideaTitle: 'Judged idea 1',
      status: 'in_progress',
      body: 'Bins ordered for the high street.',
      bodyCy: 'Biniau wedi’u harchebu.',
      spendPence: 125_050,
      createdAt: JUDGING_NOW.toISOString(),
    });
    await post(c.admin, c.challengeId, c.winnerId, { status: 'completed', body: 'Done.' }).expect(201);

    const perIdea = await as(t.http, null).get(`/challenges/${c.challengeId}/ideas/${c.winnerId}/updates`).expect(200);
    expect((perIdea.body as ImplementationUpdate[]).map((u) => [u.status, u.bodyCy, u.spendPence])).toEqual(
      expect.arrayContaining([
        ['in_progress', 'Biniau wedi’u harchebu.', 125_050],
        ['completed', null, null],
      ]),
    );
    const perChallenge = await as(t.http, null).get(`/challenges/${c.challengeId}/updates`).expect(200);
    expect((perChallenge.body as ImplementationUpdate[]).map((u) => u.id)).toContain(update.id);
    const loser = await as(t.http, null).get(`/challenges/${c.challengeId}/ideas/${c.loserId}/updates`).expect(200);
    expect(loser.body).toEqual([]);

    const audit: { action: string; actor_user_id: string; details: { updateId: string } }[] = await t.db.query(
      `SELECT action, actor_user_id, details FROM audit_log WHERE target_id = $1 ORDER BY occurred_at`,
      [c.winnerId],
    );
    expect(audit[0]).toMatchObject({
      action: 'implementation_update.posted',
      actor_user_id: c.admin.id,
      details: { updateId: update.id },
    });
  });

  it('refuses updates before the results are published, and on ideas that won nothing', async () => {
    const draft = await wonChallenge(false);
    const early = await post(draft.admin, draft.challengeId, draft.winnerId, { status: 'planned', body: 'Soon' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'results_not_published' });

    const c = await wonChallenge();
    const loser = await post(c.admin, c.challengeId, c.loserId, { status: 'planned', body: 'Not a winner' });
    expect(loser.status).toBe(409);
    expect(loser.body).toMatchObject({ code: 'not_a_winner' });
    const rows: unknown[] = await t.db.query(
      `SELECT 1 FROM implementation_updates WHERE challenge_id = ANY($1::uuid[])`,
      [[draft.challengeId, c.challengeId]],
    );
    expect(rows).toHaveLength(0);
  });

  it('only admins of the hosting councils post: another council’s admin, the author and a judge are refused', async () => {
    const c = await wonChallenge();
    const body = { status: 'planned', body: 'Not mine to post' };
    expect((await post(await createOtherCouncilAdmin(t.db), c.challengeId, c.winnerId, body)).status).toBe(403);
    expect((await post(c.author, c.challengeId, c.winnerId, body)).status).toBe(403);
    expect((await post(c.judges[0] ?? null, c.challengeId, c.winnerId, body)).status).toBe(403);
    expect((await post(null, c.challengeId, c.winnerId, body)).status).toBe(401);
    const other = await createJudgingChallenge(t.db, { ideas: 1, judges: 0 });
    const elsewhere = await post(c.admin, c.challengeId, other.ideaIds[0] ?? '', body);
    expect(elsewhere.status).toBe(404);
  });

  it('explains bad input with a 400', async () => {
    const c = await wonChallenge();
    const cases: [object, RegExp][] = [
      [{ status: 'done', body: 'x' }, /status must be one of/],
      [{ status: 'planned', body: '   ' }, /body must not be blank/],
      [{ status: 'planned' }, /body is required/],
      [{ status: 'planned', body: 'x', spendPence: -1 }, /spendPence must not be negative/],
      [{ status: 'planned', body: 'x', spendPence: 1.5 }, /spendPence must be a whole number/],
      [{ status: 'planned', body: 'x', author: 'me' }, /author/],
    ];
    for (const [body, message] of cases) {
      const res = await post(c.admin, c.challengeId, c.winnerId, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(message);
    }
    expect((await post(c.admin, 'not-a-uuid', c.winnerId, { status: 'planned', body: 'x' })).status).toBe(400);
  });

  describe('the digest', () => {
    it('two updates reach each author, co-author and supporter in one bilingual email holding both; never twice', async () => {
      const c = await wonChallenge();
      const coAuthor = await createUser(t.db, { displayName: 'Co author' });
      await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [c.winnerId, coAuthor.id]);
      const supporter = await createUser(t.db, { displayName: 'Sally Supporter' });
      await t.db.query(`UPDATE users SET locale = 'cy' WHERE id = $1`, [supporter.id]);
      await addSupporter(t.db, c.challengeId, c.winnerId, supporter);
      const bystander = await createUser(t.db, { displayName: 'Bystander' });
      await addSupporter(t.db, c.challengeId, c.loserId, bystander);

      await post(c.admin, c.challengeId, c.winnerId, { status: 'planned', body: 'First step: a survey.' }).expect(201);
      await post(c.admin, c.challengeId, c.winnerId, {
        status: 'in_progress',
        body: 'Second step: the bins.',
        bodyCy: 'Ail gam: y biniau.',
        spendPence: 99_900,
      }).expect(201);

      const report = await t.app.get(UpdateDigestService).sendPending();
      expect(report.updates).toBeGreaterThanOrEqual(2);

      for (const person of [c.author, coAuthor, supporter]) {
        const mails = await mailsTo(t.db, person.email, DIGEST);
        expect(mails).toHaveLength(1);
        const text = mails[0]?.body_text ?? '';
        expect(text).toContain('First step: a survey.');
        expect(text).toContain('Second step: the bins.');
        expect(text).toContain('Ail gam: y biniau.');
        expect(text).toContain('£999.00');
        expect(text).toContain(`/ideas/${c.winnerId}`);
        // Nobody learns who else follows the idea.
        for (const other of [c.author, coAuthor, supporter, bystander]) {
          expect(text).not.toContain(other.email);
        }
        if (person !== supporter) expect(text).not.toContain('Sally Supporter');
      }
      expect((await mailsTo(t.db, supporter.email, DIGEST))[0]?.subject).toMatch(
        /^Y newyddion diweddaraf .* \/ News on the winning ideas you follow$/,
      );
      expect(await mailsTo(t.db, bystander.email, DIGEST)).toHaveLength(0);
      expect(await mailsTo(t.db, c.admin.email, DIGEST)).toHaveLength(0);

      const pending: unknown[] = await t.db.query(
        `SELECT 1 FROM implementation_updates WHERE challenge_id = $1 AND digested_at IS NULL`,
        [c.challengeId],
      );
      expect(pending).toHaveLength(0);
      await t.app.get(UpdateDigestService).sendPending();
      expect(await mailsTo(t.db, c.author.email, DIGEST)).toHaveLength(1);
    });

    it('one email per person even when they follow two winning ideas; erased accounts and invalidated votes get nothing', async () => {
      const c = await createJudgingChallenge(t.db, { ideas: 3, judges: 1 });
      const [first, second] = await insertPrizes(t.db, c.challengeId, [
        { name: 'First prize', amountPence: 500_000 },
        { name: 'Second prize', amountPence: 200_000 },
      ]);
      const [a, b] = c.ideaIds;
      if (!first || !second || !a || !b) throw new Error('fixture');
      await publishAwardsDirectly(t.db, c.challengeId, c.admin.id, [
        { prizeId: first.id, ideaId: a, amountPence: 500_000 },
        { prizeId: second.id, ideaId: b, amountPence: 200_000 },
      ]);
      const both = await createUser(t.db);
      await addSupporter(t.db, c.challengeId, a, both);
      await addSupporter(t.db, c.challengeId, b, both);
      const erased = await createUser(t.db);
      await addSupporter(t.db, c.challengeId, a, erased);
      await t
        .http()
        .delete('/api/v1/me')
        .set(...bearer(erased))
        .expect(204);
      const invalidated = await createUser(t.db);
      await addSupporter(t.db, c.challengeId, b, invalidated);
      await t.db.query(
        `UPDATE idea_votes SET invalidated_at = now(), invalidated_reason = 'Burst of new accounts' WHERE user_id = $1`,
        [invalidated.id],
      );

      await post(c.admin, c.challengeId, a, { status: 'planned', body: 'Plan for A.' }).expect(201);
      await post(c.admin, c.challengeId, b, { status: 'completed', body: 'B is finished.' }).expect(201);
      await t.app.get(UpdateDigestService).sendPending();

      const mails = await mailsTo(t.db, both.email, DIGEST);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.body_text).toContain('Plan for A.');
      expect(mails[0]?.body_text).toContain('B is finished.');
      expect(await mailsTo(t.db, erased.email, DIGEST)).toHaveLength(0);
      expect(await mailsTo(t.db, invalidated.email, DIGEST)).toHaveLength(0);
      // The author of both ideas also gets a single email.
      expect(await mailsTo(t.db, c.author.email, DIGEST)).toHaveLength(1);
    });

    it('the worker keeps a quarter-hourly pg-boss schedule for the digest', async () => {
      const worker = t.app.get(UpdateDigestWorker);
      await worker.start();
      try {
        const rows: { cron: string }[] = await t.db.query(`SELECT cron FROM pgboss.schedule WHERE name = $1`, [
          DIGEST_QUEUE,
        ]);
        expect(rows).toEqual([{ cron: '*/15 * * * *' }]);
      } finally {
        await worker.stop();
      }
    });
  });
});
