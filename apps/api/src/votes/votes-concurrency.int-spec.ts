import fc from 'fast-check';
import { createUser, TestUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import {
  allowances,
  counters,
  createVotingChallenge,
  unvote,
  vote,
  voteRows,
  VOTES_NOW,
} from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';

// Parallel requests need parallel connections; the embedded database has only one.
const onServer = Number(process.env['DB_POOL_MAX'] ?? '1') < 2 ? describe.skip : describe;

onServer('votes under concurrency (real server)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(VOTES_NOW);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  /** Every idea's counter equals its valid votes; every voter's `used` equals their votes, within the allowance. */
  async function expectConsistent(challengeId: string, ideaIds: string[], allowance: number): Promise<void> {
    for (const row of await counters(t.db, ideaIds)) expect(row.vote_count).toBe(row.valid_votes);
    for (const row of await allowances(t.db, challengeId)) {
      expect(row.used).toBe(row.votes);
      expect(row.used).toBeLessThanOrEqual(allowance);
    }
  }

  it('50 identical votes at once by one person make exactly one vote', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 1 });
    const voter = await createUser(t.db);
    const idea = c.ideaIds[0] ?? '';
    const statuses = (await Promise.all(Array.from({ length: 50 }, () => vote(t.http, voter, idea)))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(await voteRows(t.db, idea)).toHaveLength(1);
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 1, valid_votes: 1 }]);
    await expectConsistent(c.id, c.ideaIds, 5);
  });

  it('50 identical votes at once with an allowance of 1 are one 201 and 49 200, never a 409', async () => {
    // The one-statement vote reads the existing vote in its snapshot; a twin committed meanwhile
    // has spent the allowance, and must still be answered as "already voted", not as exhausted.
    const c = await createVotingChallenge(t.db, { ideas: 1, allowance: 1 });
    const voter = await createUser(t.db);
    const idea = c.ideaIds[0] ?? '';
    const responses = await Promise.all(Array.from({ length: 50 }, () => vote(t.http, voter, idea)));
    expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(49).fill(200), 201]);
    expect(responses.every((r) => r.body.used === 1 && r.body.remaining === 0)).toBe(true);
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 1, valid_votes: 1 }]);
    await expectConsistent(c.id, c.ideaIds, 1);
  });

  it('50 votes at once by one person on 50 different ideas never exceed an allowance of 5', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 50, allowance: 5 });
    const voter = await createUser(t.db);
    const responses = await Promise.all(c.ideaIds.map((idea) => vote(t.http, voter, idea)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(45);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'allowance_exhausted')).toBe(true);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM idea_votes WHERE challenge_id = $1`,
      [c.id],
    );
    expect(rows[0]?.n).toBe(5);
    expect(await allowances(t.db, c.id)).toEqual([expect.objectContaining({ used: 5, votes: 5 })]);
    await expectConsistent(c.id, c.ideaIds, 5);
  });

  it('parallel votes and withdrawals by several people leave every counter equal to the votes table', async () => {
    const allowance = 3;
    const c = await createVotingChallenge(t.db, { ideas: 5, allowance });
    const voters = await Promise.all(Array.from({ length: 6 }, () => createUser(t.db)));
    const requests = [];
    for (let round = 0; round < 4; round++) {
      for (const [v, voter] of voters.entries()) {
        for (const [i, idea] of c.ideaIds.entries()) {
          requests.push((v + i + round) % 3 === 0 ? unvote(t.http, voter, idea) : vote(t.http, voter, idea));
        }
      }
    }
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.every((s) => [200, 201, 204, 409].includes(s))).toBe(true);
    await expectConsistent(c.id, c.ideaIds, allowance);
  });

  type Op = { user: number; idea: number; kind: 'vote' | 'withdraw' };
  const op = fc.record<Op>({
    user: fc.integer({ min: 0, max: 2 }),
    idea: fc.integer({ min: 0, max: 3 }),
    kind: fc.constantFrom('vote', 'withdraw'),
  });

  it('random interleavings of votes and withdrawals by 3 people on 4 ideas keep the counters and allowances right', async () => {
    const allowance = 2;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          const c = await createVotingChallenge(t.db, { ideas: 4, allowance });
          const users: TestUser[] = await Promise.all([0, 1, 2].map(() => createUser(t.db)));
          for (const batch of batches) {
            const responses = await Promise.all(
              batch.map(({ user, idea, kind }) => {
                const who = users[user] as TestUser;
                const what = c.ideaIds[idea] ?? '';
                return kind === 'vote' ? vote(t.http, who, what) : unvote(t.http, who, what);
              }),
            );
            for (const r of responses) {
              expect([200, 201, 204, 409]).toContain(r.status);
              if (r.status === 409) expect(r.body.code).toBe('allowance_exhausted');
            }
          }
          await expectConsistent(c.id, c.ideaIds, allowance);
        },
      ),
      { numRuns: 15 },
    );
  });
});
