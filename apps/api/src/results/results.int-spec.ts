import type { RankedIdea, Results } from '@challenge/contract';
import { CLOCK } from '../common/clock';
import { TestUser } from '../../test/factories';
import {
  as,
  createJudgingChallenge,
  createOtherCouncilAdmin,
  JUDGING_NOW,
  setShortlistRows,
} from '../../test/judging-helpers';
import {
  createHandComputedChallenge,
  HandComputedChallenge,
  insertPrizes,
  mailsTo,
  scoreIdea,
  setPublicVote,
  setVoteCounts,
} from '../../test/results-helpers';
import { createTestApp, TestApp } from '../../test/test-app';

const Z = Math.sqrt(1.5);

describe('results: ranking, prizes, overrides, confirmation and publication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get(CLOCK), 'now').mockImplementation(() => JUDGING_NOW);
  });
  afterAll(() => t.close());

  const results = (user: TestUser | null, id: string) => as(t.http, user).get(`/challenges/${id}/results`);
  const confirm = (user: TestUser | null, id: string) => as(t.http, user).post(`/challenges/${id}/results/confirm`);
  const publish = (user: TestUser | null, id: string) => as(t.http, user).post(`/challenges/${id}/results/publish`);
  const override = (user: TestUser | null, id: string, prizeId: string, slot: number | string, body: object) =>
    as(t.http, user).post(`/challenges/${id}/results/awards/${prizeId}/${slot}/override`, body);
  const byIdea = (r: Results, ideaId: string): RankedIdea => {
    const row = r.ranking.find((x) => x.ideaId === ideaId);
    if (!row) throw new Error(`idea ${ideaId} is not ranked`);
    return row;
  };

  it('combines the normalised panel score and the supports share with the published weights (worked by hand)', async () => {
    const c = await createHandComputedChallenge(t.db);
    const res = await results(c.admin, c.challengeId).expect(200);
    const r = res.body as Results;
    expect(r).toMatchObject({ status: 'draft', confirmedAt: null, publishedAt: null });
    expect(r.ranking.map((x) => [x.ideaId, x.rank])).toEqual([
      [c.i2, 1],
      [c.i1, 2],
      [c.i3, 3],
    ]);

    // Judge 1's totals 100, 50, 0 and judge 2's 22.5, 37.5, 7.5 are each z-scored (±√1.5, 0).
    const i1 = byIdea(r, c.i1);
    expect(i1.judges.map((j) => j.judge)).toEqual(['judge 1', 'judge 2']);
    expect(i1.judges[0]?.total).toBeCloseTo(100, 9);
    expect(i1.judges[0]?.normalised).toBeCloseTo(Z, 9);
    expect(i1.judges[0]?.criteria).toEqual([
      { criterionId: c.criterionIds[0], score: 10 },
      { criterionId: c.criterionIds[1], score: 5 },
    ]);
    expect(i1.judges[1]?.total).toBeCloseTo(22.5, 9);
    expect(i1.judges[1]?.normalised).toBeCloseTo(0, 9);
    const expected: Record<string, [number, number, number, number, number]> = {
      // panel (mean z), raw average, public (supports ÷ 40), final = 0.7 · scaled panel + 0.3 · public, votes
      [c.i1]: [Z / 2, 61.25, 0.25, 0.7 * 1 + 0.3 * 0.25, 10],
      [c.i2]: [Z / 2, 43.75, 0.75, 0.7 * 1 + 0.3 * 0.75, 30],
      [c.i3]: [-Z, 3.75, 1, 0.7 * 0 + 0.3 * 1, 40],
    };
    for (const [ideaId, [panel, raw, pub, final, votes]] of Object.entries(expected)) {
      const row = byIdea(r, ideaId);
      expect(row.panelScore).toBeCloseTo(panel, 9);
      expect(row.panelRawAverage).toBeCloseTo(raw, 9);
      expect(row.publicScore).toBeCloseTo(pub, 9);
      expect(row.finalScore).toBeCloseTo(final, 9);
      expect(row.voteCount).toBe(votes);
      expect(row.pairwiseScore).toBeNull();
      // Judge 3's draft scores on I2 count for nothing.
      expect(row.judgeCount).toBe(2);
      expect(row.flags).toEqual([]);
    }

    expect(r.method).toMatchObject({
      criteria: [
        { name: 'Impact', nameCy: null, weight: 3, minScore: 0, maxScore: 10 },
        { name: 'Cost', nameCy: null, weight: 1, minScore: 1, maxScore: 5 },
      ],
      judgeCount: 2,
      judgesPerIdea: null,
      normalisation: 'z-score per judge',
      publicVoteWeight: 0.3,
      publicVoteMeasure: 'supports',
      conflictsHandled: 1,
      disagreementThreshold: 2,
      overrides: [],
    });
    expect(r.method.panelWeight).toBeCloseTo(0.7, 12);
    expect(r.method.formula).toContain('Final score = 70% panel score + 30% public vote.');
    expect(r.method.formulaCy).toContain('Sgôr derfynol = 70% sgôr y panel + 30% y bleidlais gyhoeddus.');

    expect(r.awards.map((a) => [a.prizeName, a.tier, a.slot, a.ideaId, a.ideaTitle, a.amountPence])).toEqual([
      ['First prize', 'overall', 0, c.i2, 'Judged idea 2', 500_000],
      ["People's Choice", 'peoples_choice', 0, c.i3, 'Judged idea 3', 50_000],
    ]);
    // Nothing identifies a judge.
    const text = JSON.stringify(r);
    for (const judge of c.judges) {
      expect(text).not.toContain(judge.id);
      expect(text).not.toContain(judge.email);
    }
    expect(text).not.toContain('Secretjudge');
  });

  it('allocates each tier: overall prizes by rank, category prizes (idea or entrant category), People’s Choice by votes alone', async () => {
    const c = await createJudgingChallenge(t.db, {
      ideas: 4,
      judges: 1,
      categories: ['Parks', 'Roads'],
      criteria: [{ name: 'Overall', minScore: 0, maxScore: 10, weight: 1 }],
    });
    const [i1, i2, i3, i4] = c.ideaIds as [string, string, string, string];
    const judge = c.judges[0] as TestUser;
    for (const [ideaId, score] of [
      [i1, 9],
      [i2, 7],
      [i3, 5],
      [i4, 3],
    ] as const) {
      await scoreIdea(t.db, c.challengeId, judge.id, ideaId, c.criteria, [score]);
    }
    await t.db.query(`UPDATE ideas SET entrant_category = 'staff' WHERE id = $1`, [i4]);
    await setVoteCounts(t.db, { [i1]: 5, [i2]: 1, [i3]: 2, [i4]: 50 });
    await setPublicVote(t.db, c.challengeId, 0);
    const prizes = await insertPrizes(t.db, c.challengeId, [
      { name: 'First prize', amountPence: 500_000 },
      { name: 'Runner-up', amountPence: 100_000, count: 2 },
      { name: 'Staff prize', amountPence: 30_000, category: 'staff' },
      { name: 'Roads prize', amountPence: 50_000, category: 'Roads' },
      { name: "People's Choice", amountPence: 20_000, peoplesChoice: true },
    ]);

    const r = (await results(c.admin, c.challengeId).expect(200)).body as Results;
    expect(r.ranking.map((x) => x.ideaId)).toEqual([i1, i2, i3, i4]);
    const allocation = r.awards.map((a) => [a.prizeName, a.slot, a.tier, a.category, a.ideaId]);
    expect(allocation).toEqual([
      ['First prize', 0, 'overall', null, i1],
      ['Runner-up', 0, 'overall', null, i2],
      ['Runner-up', 1, 'overall', null, i3],
      // I4 is a staff entry: the only one left for the staff prize.
      ['Staff prize', 0, 'category', 'staff', i4],
      // Both Roads ideas already hold a panel prize: the slot stays empty.
      ['Roads prize', 0, 'category', 'Roads', null],
      // The public's own award stacks with a panel prize: most supports wins.
      ["People's Choice", 0, 'peoples_choice', null, i4],
    ]);

    await confirm(c.admin, c.challengeId).expect(200);
    const stored: { prize_id: string; slot: number; idea_id: string | null; amount_pence: string }[] = await t.db.query(
      `SELECT prize_id, slot, idea_id, amount_pence FROM prize_awards WHERE challenge_id = $1`,
      [c.challengeId],
    );
    const name = new Map(prizes.map((p) => [p.id, p.name]));
    expect(
      stored
        .map((s) => [name.get(s.prize_id), s.slot, s.idea_id, Number(s.amount_pence)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['First prize', 0, i1, 500_000],
      ["People's Choice", 0, i4, 20_000],
      ['Roads prize', 0, null, 50_000],
      ['Runner-up', 0, i2, 100_000],
      ['Runner-up', 1, i3, 100_000],
      ['Staff prize', 0, i4, 30_000],
    ]);
  });

  describe('overrides', () => {
    let c: HandComputedChallenge;
    beforeEach(async () => {
      c = await createHandComputedChallenge(t.db);
    });

    it('need a reason, a real slot and a shortlisted idea', async () => {
      const p = c.firstPrize.id;
      const cases: [number | string, object, number, RegExp][] = [
        [0, { ideaId: c.i1 }, 400, /reason is required/],
        [0, { ideaId: c.i1, reason: '   ' }, 400, /reason must not be blank/],
        [0, { reason: 'Because' }, 400, /ideaId is required/],
        [0, { ideaId: 'nope', reason: 'Because' }, 400, /ideaId must be a UUID/],
        ['first', { ideaId: c.i1, reason: 'Because' }, 400, /slot must be a whole number/],
        [-1, { ideaId: c.i1, reason: 'Because' }, 400, /slot must be a whole number/],
        [1, { ideaId: c.i1, reason: 'Because' }, 404, /has 1 slot/],
      ];
      for (const [slot, body, status, message] of cases) {
        const res = await override(c.admin, c.challengeId, p, slot, body);
        expect([res.status, JSON.stringify(res.body)]).toEqual([status, expect.stringMatching(message)]);
      }
      const elsewhere = await createJudgingChallenge(t.db, { ideas: 1, judges: 0 });
      const notShortlisted = await override(c.admin, c.challengeId, p, 0, {
        ideaId: elsewhere.ideaIds[0],
        reason: 'Because',
      });
      expect(notShortlisted.status).toBe(400);
      expect(notShortlisted.body).toMatchObject({ code: 'idea_not_shortlisted' });
      const otherPrize = await override(c.admin, c.challengeId, c.challengeId, 0, { ideaId: c.i1, reason: 'x' });
      expect(otherPrize.status).toBe(404);
      const rows: unknown[] = await t.db.query(`SELECT 1 FROM prize_awards WHERE challenge_id = $1`, [c.challengeId]);
      expect(rows).toHaveLength(0);
    });

    it('records the admin’s choice with its reason, shows it in the method, keeps the ranking, and is audited', async () => {
      const reason = 'Judged idea 2 cannot be delivered within the budget';
      const res = await override(c.admin, c.challengeId, c.firstPrize.id, 0, { ideaId: c.i1, reason }).expect(200);
      const r = res.body as Results;
      expect(r.status).toBe('draft');
      expect(r.awards[0]).toMatchObject({
        ideaId: c.i1,
        ideaTitle: 'Judged idea 1',
        overridden: true,
        overrideReason: reason,
      });
      expect(r.awards[1]).toMatchObject({ ideaId: c.i3, overridden: false, overrideReason: null });
      expect(r.method.overrides).toEqual([{ prizeName: 'First prize', ideaTitle: 'Judged idea 1', reason }]);
      expect(r.ranking.map((x) => x.ideaId)).toEqual([c.i2, c.i1, c.i3]);

      const stored: { idea_id: string; overridden: boolean; override_reason: string; overridden_by: string }[] =
        await t.db.query(
          `SELECT idea_id, overridden, override_reason, overridden_by FROM prize_awards WHERE prize_id = $1`,
          [c.firstPrize.id],
        );
      expect(stored).toEqual([{ idea_id: c.i1, overridden: true, override_reason: reason, overridden_by: c.admin.id }]);
      const audit: { action: string; details: Record<string, unknown> }[] = await t.db.query(
        `SELECT action, details FROM audit_log WHERE target_id = $1 AND action = 'results.award_overridden'`,
        [c.challengeId],
      );
      expect(audit).toEqual([
        {
          action: 'results.award_overridden',
          details: expect.objectContaining({ ideaId: c.i1, previousIdeaId: c.i2, reason, slot: 0 }) as unknown,
        },
      ]);

      // Confirming keeps the override; publishing shows it with its reason to everyone.
      await confirm(c.admin, c.challengeId).expect(200);
      await publish(c.admin, c.challengeId).expect(200);
      const pub = (await results(null, c.challengeId).expect(200)).body as Results;
      expect(pub.awards[0]).toMatchObject({ ideaId: c.i1, overridden: true, overrideReason: reason });
      expect(pub.method.overrides).toEqual([{ prizeName: 'First prize', ideaTitle: 'Judged idea 1', reason }]);
    });
  });

  it('publishing needs a confirmation; before it only the hosting admins see anything; afterwards everyone, frozen', async () => {
    const c = await createHandComputedChallenge(t.db);
    const other = await createOtherCouncilAdmin(t.db);
    for (const who of [null, c.author, c.judges[0] ?? null, other]) {
      expect((await results(who, c.challengeId)).status).toBe(404);
    }
    expect((await confirm(other, c.challengeId)).status).toBe(403);
    expect((await publish(other, c.challengeId)).status).toBe(403);
    expect((await confirm(null, c.challengeId)).status).toBe(401);

    const early = await publish(c.admin, c.challengeId);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'results_not_confirmed' });

    const confirmed = (await confirm(c.admin, c.challengeId).expect(200)).body as Results;
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedAt: JUDGING_NOW.toISOString(), publishedAt: null });
    expect(((await results(c.admin, c.challengeId).expect(200)).body as Results).status).toBe('confirmed');
    expect((await results(null, c.challengeId)).status).toBe(404);

    // An override after confirming needs a new confirmation.
    await override(c.admin, c.challengeId, c.peoplesChoice.id, 0, { ideaId: c.i2, reason: 'Votes from one street' });
    expect(((await results(c.admin, c.challengeId).expect(200)).body as Results).status).toBe('draft');
    expect((await publish(c.admin, c.challengeId)).body).toMatchObject({ code: 'results_not_confirmed' });
    const reconfirmed = (await confirm(c.admin, c.challengeId).expect(200)).body as Results;

    const published = (await publish(c.admin, c.challengeId).expect(200)).body as Results;
    expect(published).toMatchObject({ status: 'published', publishedAt: JUDGING_NOW.toISOString() });
    const seen = (await results(null, c.challengeId).expect(200)).body as Results;
    expect(seen.status).toBe('published');
    expect(seen.ranking).toEqual(reconfirmed.ranking);
    expect(seen.awards).toEqual(reconfirmed.awards);
    expect(seen.method).toEqual(reconfirmed.method);
    const challenge: { results_published_at: Date }[] = await t.db.query(
      `SELECT results_published_at FROM challenges WHERE id = $1`,
      [c.challengeId],
    );
    expect(challenge[0]?.results_published_at.toISOString()).toBe(JUDGING_NOW.toISOString());
    const actions: { action: string; actor_user_id: string }[] = await t.db.query(
      `SELECT action, actor_user_id FROM audit_log WHERE target_id = $1 AND action LIKE 'results.%' ORDER BY occurred_at, id`,
      [c.challengeId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'results.confirmed',
      'results.award_overridden',
      'results.confirmed',
      'results.published',
    ]);
    expect(new Set(actions.map((a) => a.actor_user_id))).toEqual(new Set([c.admin.id]));

    // The winners' author is told once per winning idea, in English and Welsh.
    const mails = await mailsTo(t.db, c.author.email, 'results-winner');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Your idea “Judged idea 2” has won / Mae eich syniad “Judged idea 2” wedi ennill');
    expect(mails[0]?.body_text).toContain('- First prize: £5,000.00');
    expect(mails[0]?.body_text).toContain("- People's Choice: £500.00");
    expect(mails[0]?.body_text).toContain(`/challenges/${c.challengeId}/results`);

    // Final: nothing changes any more, and later data does not move the published numbers.
    for (const res of [
      await override(c.admin, c.challengeId, c.firstPrize.id, 0, { ideaId: c.i3, reason: 'Too late' }),
      await confirm(c.admin, c.challengeId),
      await publish(c.admin, c.challengeId),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'results_published' });
    }
    await setVoteCounts(t.db, { [c.i1]: 1000 });
    const later = (await results(null, c.challengeId).expect(200)).body as Results;
    expect(later.ranking).toEqual(reconfirmed.ranking);
  });

  it('admins get a clear 409 before judging starts or without a rubric', async () => {
    const early = await createJudgingChallenge(t.db, { stage: 'shortlisting', judges: 0 });
    const res = await results(early.admin, early.challengeId);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'judging_not_started' });
    expect((await confirm(early.admin, early.challengeId)).body).toMatchObject({ code: 'judging_not_started' });

    const bare = await createJudgingChallenge(t.db, { criteria: [], judges: 0 });
    const none = await results(bare.admin, bare.challengeId);
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: 'no_rubric' });

    const empty = await createJudgingChallenge(t.db, { judges: 0 });
    await setShortlistRows(t.db, empty.challengeId, []);
    const nothing = await confirm(empty.admin, empty.challengeId);
    expect(nothing.status).toBe(409);
    expect(nothing.body).toMatchObject({ code: 'nothing_to_confirm' });
  });
});
