import type { PairwiseScore, PairwiseScores } from '@challenge/contract';
import { createUser } from '../../test/factories';
import { daysFrom } from '../../test/ideas-helpers';
import {
  answerPair,
  comparisonRows,
  createPairwiseChallenge,
  insertAnswers,
  nextPair,
  pairwiseScores,
  PAIRWISE_NOW,
  servePair,
} from '../../test/pairwise-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';
import { CACHE_FROM_COMPARISONS, PairwiseScoresService } from './pairwise-scores.service';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('pairwise voting: scores, secret ballot and erasure', () => {
  let t: TestApp;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => {
    now = jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(PAIRWISE_NOW);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const scoresOf = async (challengeId: string): Promise<PairwiseScores> =>
    (await pairwiseScores(t.http, challengeId).expect(200)).body as PairwiseScores;

  it('recovers a known order from many answers, each score inside its 95% interval', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 5 });
    // Idea k has strength θk = k − 2; every pair is answered 40 times, wins in proportion to σ(θi − θj).
    const strength = [-2, -1, 0, 1, 2];
    let total = 0;
    for (let i = 0; i < 5; i++) {
      for (let j = i + 1; j < 5; j++) {
        const wins = Math.round(40 * sigmoid((strength[i] ?? 0) - (strength[j] ?? 0)));
        const [a = '', b = ''] = [c.ideaIds[i], c.ideaIds[j]];
        await insertAnswers(t.db, c.id, a, b, wins, 'w');
        await insertAnswers(t.db, c.id, b, a, 40 - wins, 'l');
        total += 40;
      }
    }
    // Invalidated answers and skips do not count: 200 invalidated wins for the weakest idea change nothing.
    await insertAnswers(t.db, c.id, c.ideaIds[0] ?? '', c.ideaIds[4] ?? '', 200, 'fraud');
    await t.db.query(
      `UPDATE pairwise_comparisons SET invalidated_at = now(), invalidated_reason = 'burst' WHERE voter_key LIKE 'fraud-%'`,
    );
    await t.db.query(
      `INSERT INTO pairwise_comparisons (challenge_id, voter_key, idea_low, idea_high)
       SELECT $1, 'skip-' || g, $2, $3 FROM generate_series(1, 50) g`,
      [c.id, ...[c.ideaIds[0] ?? '', c.ideaIds[1] ?? ''].sort()],
    );

    const body = await scoresOf(c.id);
    expect(body.comparisons).toBe(total);
    expect(body.scores.map((s) => s.ideaId)).toEqual([...c.ideaIds].reverse());
    expect(body.scores.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(2.5, 6);
    for (const s of body.scores) {
      expect(Object.keys(s).sort()).toEqual(['comparisons', 'high', 'ideaId', 'low', 'score', 'title', 'wins']);
      expect(s.comparisons).toBe(160);
      expect(s.low).toBeLessThan(s.score);
      expect(s.high).toBeGreaterThan(s.score);
      expect(s.title).toMatch(/^Idea /);
    }
    const best = body.scores[0] as PairwiseScore;
    expect(best.score).toBeGreaterThan(0.75);
    expect(best.wins).toBeGreaterThan(120);

    // Other modules get the same numbers from the service.
    const map = await t.app.get(PairwiseScoresService).scoresFor(c.id);
    expect(map.size).toBe(5);
    expect(map.get(best.ideaId)).toEqual({
      score: best.score,
      low: best.low,
      high: best.high,
      comparisons: 160,
      wins: best.wins,
    });
  });

  it('scores the answers given through the API: residents who all prefer the same order reproduce it', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 4 });
    const preference = [...c.ideaIds];
    for (let v = 0; v < 6; v++) {
      const voter = await createUser(t.db);
      for (let k = 0; k < 6; k++) {
        const { pairId, ids } = await servePair(t.http, voter, c.id);
        const winner = preference.indexOf(ids[0]) < preference.indexOf(ids[1]) ? ids[0] : ids[1];
        await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: winner }).expect(201);
      }
    }
    const body = await scoresOf(c.id);
    expect(body.comparisons).toBe(36);
    expect(body.scores.map((s) => s.ideaId)).toEqual(preference);
    expect(body.scores.map((s) => s.wins)).toEqual([18, 12, 6, 0]);
  });

  it('ideas no longer listed drop out; an idea without comparisons scores one half', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const [a = '', b = '', fresh = ''] = c.ideaIds;
    await insertAnswers(t.db, c.id, a, b, 10);
    const before = await scoresOf(c.id);
    expect(before.comparisons).toBe(10);
    expect(before.scores.find((s) => s.ideaId === fresh)).toMatchObject({ comparisons: 0, wins: 0 });

    await t.db.query(`UPDATE ideas SET moderation_status = 'hidden', hidden_reason = 'test' WHERE id = $1`, [b]);
    const after = await scoresOf(c.id);
    expect(after.comparisons).toBe(0);
    expect(after.scores.map((s) => s.ideaId).sort()).toEqual([a, fresh].sort());
    for (const s of after.scores) expect(s.score).toBeCloseTo(0.5, 9);
  });

  it('scores are public once voting opens and stay public after it closes; not before, not for drafts or non-pairwise challenges', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 2 });
    now.mockReturnValue(daysFrom(-6));
    const early = await pairwiseScores(t.http, c.id).expect(409);
    expect(early.body).toMatchObject({ code: 'voting_closed', message: expect.stringContaining('once voting opens') });
    now.mockReturnValue(daysFrom(30));
    expect((await scoresOf(c.id)).scores).toHaveLength(2);

    now.mockReturnValue(PAIRWISE_NOW);
    const plain = await createPairwiseChallenge(t.db, { pairwise: false });
    expect((await pairwiseScores(t.http, plain.id).expect(409)).body.code).toBe('pairwise_disabled');
    const draft = await createPairwiseChallenge(t.db, { publishedAt: null });
    await pairwiseScores(t.http, draft.id).expect(404);
    await pairwiseScores(t.http, 'nope').expect(400);
  });

  it('large challenges share cached scores for up to a minute, one replica refreshing them while others serve the old ones', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const [a = '', b = '', d = ''] = c.ideaIds;
    await insertAnswers(t.db, c.id, a, b, CACHE_FROM_COMPARISONS);
    const age = (seconds: number, leaseSeconds: number | null) =>
      t.db.query(
        `UPDATE pairwise_score_cache SET computed_at = now() - make_interval(secs => $2),
                refreshing_until = CASE WHEN $3::int IS NULL THEN NULL ELSE now() + make_interval(secs => $3::int) END
          WHERE challenge_id = $1`,
        [c.id, seconds, leaseSeconds],
      );

    expect((await scoresOf(c.id)).comparisons).toBe(CACHE_FROM_COMPARISONS);
    await insertAnswers(t.db, c.id, d, a, 10);
    expect((await scoresOf(c.id)).comparisons).toBe(CACHE_FROM_COMPARISONS); // fresh cache
    await age(120, 20); // expired, but another replica is refreshing it
    expect((await scoresOf(c.id)).comparisons).toBe(CACHE_FROM_COMPARISONS);
    await age(120, null); // expired and nobody refreshing: this request refreshes it
    expect((await scoresOf(c.id)).comparisons).toBe(CACHE_FROM_COMPARISONS + 10);
    // The service method other modules use never reads the cache.
    await insertAnswers(t.db, c.id, d, b, 5);
    expect((await t.app.get(PairwiseScoresService).scoresFor(c.id)).get(d)?.comparisons).toBe(15);

    // Below the threshold (answers invalidated) the entry is dropped once expired and scores are live again.
    await t.db.query(
      `UPDATE pairwise_comparisons SET invalidated_at = now(), invalidated_reason = 'burst'
        WHERE challenge_id = $1 AND winner_idea_id = $2`,
      [c.id, a],
    );
    await age(120, null);
    expect((await scoresOf(c.id)).comparisons).toBe(15);
    const left: unknown[] = await t.db.query(`SELECT 1 FROM pairwise_score_cache WHERE challenge_id = $1`, [c.id]);
    expect(left).toEqual([]);
  });

  it('secret ballot: nobody else, signed in or not, can learn what a resident chose', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const voter = await createUser(t.db);
    const { pairId, ids } = await servePair(t.http, voter, c.id);
    await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).expect(201);
    const [row] = await comparisonRows(t.db, c.id);

    const snooper = await createUser(t.db);
    const responses = [
      await nextPair(t.http, snooper, c.id).expect(200),
      await pairwiseScores(t.http, c.id).set('Authorization', `Bearer ${snooper.token}`).expect(200),
      await pairwiseScores(t.http, c.id).expect(200),
      await answerPair(t.http, snooper, c.id, { pairId, winnerIdeaId: ids[0] }).expect(400),
    ];
    expect(responses[0]?.body.answered).toBe(0);
    for (const res of responses) {
      const text = JSON.stringify(res.body);
      for (const secret of [voter.id, voter.email, voter.displayName, row?.voter_key ?? 'missing', pairId]) {
        expect(text).not.toContain(secret);
      }
    }
    // The token carries only a one-way tag of the voter, never their key or email.
    const payload = Buffer.from(pairId.split('.')[1] ?? '', 'base64url').toString();
    for (const secret of [voter.id, voter.email, row?.voter_key ?? 'missing']) expect(payload).not.toContain(secret);
  });

  it('erasing an account keeps its answers counted but unlinkable (user_id cleared, same voter key)', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const voter = await createUser(t.db);
    for (let k = 0; k < 2; k++) {
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).expect(201);
    }
    const before = await comparisonRows(t.db, c.id);
    const scoresBefore = await scoresOf(c.id);
    expect(before.map((r) => r.user_id)).toEqual([voter.id, voter.id]);

    await t.http().delete('/api/v1/me').set('Authorization', `Bearer ${voter.token}`).expect(204);

    const after = await comparisonRows(t.db, c.id);
    expect(after).toEqual(before.map((r) => ({ ...r, user_id: null })));
    expect(await scoresOf(c.id)).toEqual(scoresBefore);
    const linked: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM pairwise_comparisons WHERE user_id = $1`,
      [voter.id],
    );
    expect(linked[0]?.n).toBe(0);
  });
});
