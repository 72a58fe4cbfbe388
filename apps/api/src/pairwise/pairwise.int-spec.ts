import type { NextPair } from '@challenge/contract';
import { pairKey } from '@challenge/domain';
import { createUser } from '../../test/factories';
import { daysFrom, insertIdea } from '../../test/ideas-helpers';
import {
  answerPair,
  comparisonCounts,
  comparisonRows,
  createPairwiseChallenge,
  nextPair,
  PAIRWISE_NOW,
  servePair,
} from '../../test/pairwise-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';
import { EnvDto } from '../config/env';
import { voterKey } from '../votes/voter-key';
import { PairTokens, PAIR_TTL_MS } from './pair-token';

const keyOf = (pair: NextPair): string => pairKey(pair.pair?.[0].id ?? '', pair.pair?.[1].id ?? '');
const MINUTE = 60_000;

describe('pairwise voting: serving and answering pairs', () => {
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

  describe('choosing the pair', () => {
    it('serves the least-compared ideas first, showing title, summary and category but no author', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 4 });
      const [a = '', b = '', x = '', y = ''] = c.ideaIds;
      await t.db.query(`UPDATE ideas SET comparison_count = 10 WHERE id = ANY($1::uuid[])`, [[a, b]]);
      for (let i = 0; i < 5; i++) {
        const res = await nextPair(t.http, await createUser(t.db), c.id).expect(200);
        expect(keyOf(res.body)).toBe(pairKey(x, y));
        expect(res.body).toMatchObject({ pairId: expect.any(String), answered: 0 });
        for (const idea of res.body.pair)
          expect(Object.keys(idea).sort()).toEqual(['category', 'id', 'summary', 'title']);
      }
    });

    it('never repeats a pair while others remain, skips included, and answers null once every pair is answered', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 4 });
      const voter = await createUser(t.db);
      const seen = new Set<string>();
      for (let i = 0; i < 6; i++) {
        const { pairId, ids, body } = await servePair(t.http, voter, c.id);
        expect(body.answered).toBe(i);
        seen.add(pairKey(...ids));
        const answer = i % 3 === 0 ? { pairId, skip: true } : { pairId, winnerIdeaId: ids[i % 2] };
        await answerPair(t.http, voter, c.id, answer).expect(201);
      }
      expect(seen.size).toBe(6);
      const done = await nextPair(t.http, voter, c.id).expect(200);
      expect(done.body).toEqual({ pairId: null, pair: null, answered: 6 });
      // Someone else still gets pairs.
      await servePair(t.http, await createUser(t.db), c.id);
    });

    it('never serves the caller’s own idea (as author or co-author) unless the challenge allows self-votes', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      const coAuthor = await createUser(t.db);
      const own = await insertIdea(t.db, c.id, c.author.id);
      await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [own, coAuthor.id]);
      const other = await insertIdea(t.db, c.id, (await createUser(t.db)).id);

      // The author wrote three of the four ideas: only a pair without them could be served, and there is none.
      expect((await nextPair(t.http, c.author, c.id).expect(200)).body).toMatchObject({ pair: null, pairId: null });
      // The co-author sees the three other ideas: three pairs, never their own.
      for (let i = 0; i < 3; i++) {
        const { pairId, ids } = await servePair(t.http, coAuthor, c.id);
        expect(ids).not.toContain(own);
        await answerPair(t.http, coAuthor, c.id, { pairId, winnerIdeaId: ids[0] }).expect(201);
      }
      expect((await nextPair(t.http, coAuthor, c.id).expect(200)).body.pair).toBeNull();

      await t.db.query(`UPDATE challenges SET allow_self_votes = true WHERE id = $1`, [c.id]);
      const served = new Set<string>();
      for (let i = 0; i < 6; i++) {
        const { pairId, ids } = await servePair(t.http, c.author, c.id);
        served.add(pairKey(...ids));
        await answerPair(t.http, c.author, c.id, { pairId, skip: true }).expect(201);
      }
      expect(served.size).toBe(6);
      expect([...served].some((k) => k.includes(own) && k.includes(other))).toBe(true);
    });

    it('serves only publicly listed ideas, and no pair when fewer than two are listed', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      for (const values of [
        { moderationStatus: 'hidden' as const },
        { moderationStatus: 'pending' as const },
        { status: 'withdrawn' as const },
        { status: 'draft' as const },
      ]) {
        await insertIdea(t.db, c.id, c.author.id, values);
      }
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      expect([...ids].sort()).toEqual([...c.ideaIds].sort());
      await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[1] }).expect(201);
      expect((await nextPair(t.http, voter, c.id).expect(200)).body).toEqual({ pairId: null, pair: null, answered: 1 });

      const lonely = await createPairwiseChallenge(t.db, { ideas: 1 });
      await insertIdea(t.db, lonely.id, lonely.author.id, { moderationStatus: 'hidden' });
      expect((await nextPair(t.http, voter, lonely.id).expect(200)).body).toEqual({
        pairId: null,
        pair: null,
        answered: 0,
      });
    });
  });

  describe('answering', () => {
    it('records the winner against the voter key (low/high ordered) and counts one comparison for each idea', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      const winner = ids[1];
      const res = await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: winner.toUpperCase() }).expect(201);
      expect(res.body).toEqual({ recorded: true, answered: 1 });

      const [low, high] = [...ids].sort();
      const rows = await comparisonRows(t.db, c.id);
      expect(rows).toEqual([
        {
          voter_key: voterKey(t.app.get(EnvDto).voterKeySecret ?? '', voter.email),
          user_id: voter.id,
          idea_low: low,
          idea_high: high,
          winner_idea_id: winner,
          network: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      ]);
      expect(await comparisonCounts(t.db, ids)).toEqual({ [ids[0]]: 1, [ids[1]]: 1 });
    });

    it('answering the same pair again is 200, recorded: false, and changes nothing', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 3 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).expect(201);
      const again = await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[1] }).expect(200);
      expect(again.body).toEqual({ recorded: false, answered: 1 });
      await answerPair(t.http, voter, c.id, { pairId, skip: true }).expect(200);

      const rows = await comparisonRows(t.db, c.id);
      expect(rows.map((r) => r.winner_idea_id)).toEqual([ids[0]]);
      expect(await comparisonCounts(t.db, ids)).toEqual({ [ids[0]]: 1, [ids[1]]: 1 });
    });

    it('a skip is stored without a winner, is not served again and adds no comparison', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      expect((await answerPair(t.http, voter, c.id, { pairId, skip: true }).expect(201)).body).toEqual({
        recorded: true,
        answered: 1,
      });
      expect((await comparisonRows(t.db, c.id)).map((r) => r.winner_idea_id)).toEqual([null]);
      expect(await comparisonCounts(t.db, ids)).toEqual({ [ids[0]]: 0, [ids[1]]: 0 });
      expect((await nextPair(t.http, voter, c.id).expect(200)).body).toEqual({ pairId: null, pair: null, answered: 1 });
    });

    it('refuses a winner outside the pair, and a body with both or neither of winner and skip (400)', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 3 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      const third = c.ideaIds.find((id) => !ids.includes(id)) ?? '';
      for (const winnerIdeaId of [third, '00000000-0000-4000-8000-000000000000']) {
        const res = await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId }).expect(400);
        expect(res.body).toMatchObject({
          code: 'winner_not_in_pair',
          message: expect.stringContaining('one of the two'),
        });
      }
      for (const body of [
        { pairId },
        { pairId, skip: false },
        { pairId, skip: true, winnerIdeaId: ids[0] },
        { pairId, winnerIdeaId: null },
        { pairId, winnerIdeaId: 'first' },
        { pairId: 42, skip: true },
        { pairId, skip: 'yes' },
        { pairId, skip: true, colour: 'red' },
      ]) {
        const res = await answerPair(t.http, voter, c.id, body).expect(400);
        expect(res.body.message).toEqual(expect.any(String));
      }
      expect(await comparisonRows(t.db, c.id)).toEqual([]);
    });

    it('refuses forged, altered, expired, another person’s and another challenge’s pairIds (pair_invalid)', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 3 });
      const other = await createPairwiseChallenge(t.db, { ideas: 2 });
      const voter = await createUser(t.db);
      const someoneElse = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      const [version, payload, signature] = pairId.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as unknown[];
      const third = c.ideaIds.find((id) => !ids.includes(id)) ?? '';
      const [low, high] = [third, ids[0]].sort();
      const altered = Buffer.from(JSON.stringify([claims[0], claims[1], low, high, claims[4]])).toString('base64url');
      const foreign = new PairTokens('another server’s secret, at least 32 characters long').sign({
        challengeId: c.id,
        voterTag: String(claims[1]),
        low: ids[0] < ids[1] ? ids[0] : ids[1],
        high: ids[0] < ids[1] ? ids[1] : ids[0],
        expiresAt: PAIRWISE_NOW.getTime() + MINUTE,
      });

      const refuse = async (user: { token: string }, challengeId: string, token: string, message: RegExp) => {
        const res = await answerPair(t.http, user, challengeId, { pairId: token, winnerIdeaId: ids[0] }).expect(400);
        expect(res.body).toMatchObject({ code: 'pair_invalid', message: expect.stringMatching(message) });
      };
      await refuse(voter, c.id, 'not-a-pair', /not one this server gave out/);
      await refuse(voter, c.id, `${version}.${altered}.${signature}`, /not one this server gave out/);
      await refuse(voter, c.id, foreign, /not one this server gave out/);
      await refuse(someoneElse, c.id, pairId, /served to someone else/);
      await refuse(voter, other.id, pairId, /another challenge/);
      now.mockReturnValue(new Date(PAIRWISE_NOW.getTime() + PAIR_TTL_MS + MINUTE));
      await refuse(voter, c.id, pairId, /expired/);
      expect(await comparisonRows(t.db, c.id)).toEqual([]);

      // Within the hour it is still good.
      now.mockReturnValue(new Date(PAIRWISE_NOW.getTime() + PAIR_TTL_MS - MINUTE));
      await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).expect(201);
    });

    it('refuses an idea hidden after the pair was served (idea_not_listed)', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      await t.db.query(`UPDATE ideas SET moderation_status = 'hidden', hidden_reason = 'test' WHERE id = $1`, [ids[0]]);
      const res = await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[1] }).expect(409);
      expect(res.body.code).toBe('idea_not_listed');
      expect(await comparisonRows(t.db, c.id)).toEqual([]);
    });
  });

  describe('who may vote, and when', () => {
    it('refuses a challenge without pairwise voting (pairwise_disabled)', async () => {
      const c = await createPairwiseChallenge(t.db, { pairwise: false });
      const voter = await createUser(t.db);
      const res = await nextPair(t.http, voter, c.id).expect(409);
      expect(res.body).toMatchObject({ code: 'pairwise_disabled', message: expect.stringContaining('pairwise') });
      const answer = await answerPair(t.http, voter, c.id, { pairId: 'x', skip: true }).expect(409);
      expect(answer.body.code).toBe('pairwise_disabled');
    });

    it('refuses before voting opens and after it closes, even with a pair served while it was open (voting_closed)', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);

      now.mockReturnValue(daysFrom(-6));
      const early = await nextPair(t.http, voter, c.id).expect(409);
      expect(early.body).toMatchObject({ code: 'voting_closed', message: expect.stringMatching(/not opened yet/) });

      now.mockReturnValue(new Date(daysFrom(5).getTime() + MINUTE));
      const late = await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).expect(409);
      expect(late.body).toMatchObject({ code: 'voting_closed', message: expect.stringMatching(/closed/) });
      await nextPair(t.http, voter, c.id).expect(409);

      const none = await createPairwiseChallenge(t.db, { voting: null });
      now.mockReturnValue(PAIRWISE_NOW);
      expect((await nextPair(t.http, voter, none.id).expect(409)).body.message).toBe(
        'This challenge has no public vote',
      );
      expect(await comparisonRows(t.db, c.id)).toEqual([]);
    });

    it('refuses unverified accounts (email_unverified), anonymous callers (401) and unpublished or unknown challenges (404)', async () => {
      const c = await createPairwiseChallenge(t.db, { ideas: 2 });
      const voter = await createUser(t.db);
      const { pairId, ids } = await servePair(t.http, voter, c.id);
      await t.db.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [voter.id]);
      for (const res of [
        await nextPair(t.http, voter, c.id).expect(403),
        await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).expect(403),
      ]) {
        expect(res.body).toMatchObject({ code: 'email_unverified', message: expect.stringContaining('Verify') });
      }
      await nextPair(t.http, null, c.id).expect(401);
      await t.http().post(`/api/v1/challenges/${c.id}/pairs`).send({ pairId, skip: true }).expect(401);

      const verified = await createUser(t.db);
      const draft = await createPairwiseChallenge(t.db, { publishedAt: null });
      await nextPair(t.http, verified, draft.id).expect(404);
      await nextPair(t.http, verified, '00000000-0000-4000-8000-000000000000').expect(404);
      expect((await nextPair(t.http, verified, 'nope').expect(400)).body.message).toBe(
        'The challenge id must be a UUID',
      );
      expect(await comparisonRows(t.db, c.id)).toEqual([]);
    });
  });
});

// Its own app, after the other one has closed: the embedded database takes one connection.
describe('pairwise voting in production', () => {
  it('is unavailable without VOTER_KEY_SECRET (503 voting_unavailable); scores stay readable', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production' });
    try {
      jest.spyOn(prod.app.get<Clock>(CLOCK), 'now').mockReturnValue(PAIRWISE_NOW);
      const c = await createPairwiseChallenge(prod.db, { ideas: 2 });
      const voter = await createUser(prod.db);
      expect((await nextPair(prod.http, voter, c.id).expect(503)).body.code).toBe('voting_unavailable');
      const res = await answerPair(prod.http, voter, c.id, { pairId: 'x', skip: true }).expect(503);
      expect(res.body).toMatchObject({
        code: 'voting_unavailable',
        message: expect.stringContaining('VOTER_KEY_SECRET'),
      });
      await prod.http().get(`/api/v1/challenges/${c.id}/pairwise-scores`).expect(200);
    } finally {
      jest.restoreAllMocks();
      await prod.close();
    }
  });
});
