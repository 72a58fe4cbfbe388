import type { VoteFlag } from '@challenge/contract';
import { createUser, TestUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import {
  allowances,
  councilAdmin,
  counters,
  createVotingChallenge,
  decideFlag,
  unvote,
  vote,
  voteFlags,
  VOTES_NOW,
} from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';

// Parallel requests need parallel connections; the embedded database has only one.
const onServer = Number(process.env['DB_POOL_MAX'] ?? '1') < 2 ? describe.skip : describe;

onServer('vote flags under concurrency (real server)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(VOTES_NOW);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  async function expectConsistent(challengeId: string, ideaIds: string[]): Promise<void> {
    for (const row of await counters(t.db, ideaIds)) expect(row.vote_count).toBe(row.valid_votes);
    for (const row of await allowances(t.db, challengeId)) expect(row.used).toBe(row.votes);
  }

  const invalidatedRows = async (challengeId: string): Promise<number> => {
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM idea_votes WHERE challenge_id = $1 AND invalidated_at IS NOT NULL`,
      [challengeId],
    );
    return rows[0]?.n ?? 0;
  };

  /** Ten voters who each vote for the first two ideas, each from their own network: one identical-sets flag. */
  async function ring(): Promise<{
    c: Awaited<ReturnType<typeof createVotingChallenge>>;
    voters: TestUser[];
    admin: TestUser;
    flagId: string;
  }> {
    const c = await createVotingChallenge(t.db, { ideas: 3, allowance: 2 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const voters = await Promise.all(Array.from({ length: 10 }, () => createUser(t.db)));
    for (const [i, voter] of voters.entries()) {
      for (const idea of c.ideaIds.slice(0, 2)) {
        await vote(t.http, voter, idea).set('X-Forwarded-For', `10.${i}.0.1`).expect(201);
      }
    }
    const flags: VoteFlag[] = (await voteFlags(t.http, admin, c.id).expect(200)).body.flags;
    const flagId = flags.find((f) => f.kind === 'identical_sets')?.id ?? '';
    expect(flagId).not.toBe('');
    return { c, voters, admin, flagId };
  }

  it('withdrawals racing an invalidation, then a restore, leave every counter equal to the valid votes', async () => {
    for (let round = 0; round < 5; round++) {
      const { c, voters, admin, flagId } = await ring();
      const [a = '', b = ''] = c.ideaIds;
      // Five voters withdraw one vote each: at least five identical sets remain, so the flag stays.
      const withdrawing = voters.slice(0, 5).map((v, i) => [v, i < 3 ? a : b] as const);

      const [invalidated, ...withdrawn] = await Promise.all([
        decideFlag(t.http, admin, c.id, flagId, 'invalidate'),
        ...withdrawing.map(([v, idea]) => unvote(t.http, v, idea)),
      ]);
      expect(invalidated?.status).toBe(200);
      for (const r of withdrawn) {
        expect([204, 409]).toContain(r.status);
        if (r.status === 409) expect(r.body.code).toBe('vote_invalidated');
      }
      await expectConsistent(c.id, c.ideaIds);
      expect(await invalidatedRows(c.id)).toBe(invalidated?.body.changedVotes);
      // The five who did not withdraw are all invalidated.
      expect((await counters(t.db, [a, b])).every((r) => r.valid_votes <= 5)).toBe(true);

      // A restore racing the withdrawals that were refused (they try again).
      const retry = withdrawing.filter((_, i) => withdrawn[i]?.status === 409);
      const [restored, ...again] = await Promise.all([
        decideFlag(t.http, admin, c.id, flagId, 'restore'),
        ...retry.map(([v, idea]) => unvote(t.http, v, idea)),
      ]);
      expect(restored?.status).toBe(200);
      for (const r of again) expect([204, 409]).toContain(r.status);
      await expectConsistent(c.id, c.ideaIds);
      expect(await invalidatedRows(c.id)).toBe(0);
    }
  });

  it('two admins invalidating the same flag at once invalidate each vote once', async () => {
    for (let round = 0; round < 3; round++) {
      const { c, voters, admin, flagId } = await ring();
      const second = await councilAdmin(t.db, c.organisationId);
      const [one, two, ...withdrawn] = await Promise.all([
        decideFlag(t.http, admin, c.id, flagId, 'invalidate'),
        decideFlag(t.http, second, c.id, flagId, 'invalidate'),
        ...voters.slice(0, 3).map((v) => unvote(t.http, v, c.ideaIds[0] ?? '')),
      ]);
      expect([one?.status, two?.status]).toEqual([200, 200]);
      for (const r of withdrawn) expect([204, 409]).toContain(r.status);
      const total = (one?.body.changedVotes ?? 0) + (two?.body.changedVotes ?? 0);
      expect(await invalidatedRows(c.id)).toBe(total);
      await expectConsistent(c.id, c.ideaIds);
    }
  });
});
