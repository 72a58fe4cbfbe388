import type { MyVotes } from '@challenge/contract';
import { createUser, TestUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { burst, ofKind, sameSet, T } from '../../test/vote-flags-helpers';
import {
  allowances,
  councilAdmin,
  counters,
  createVotingChallenge,
  decideFlag,
  insertVotes,
  InsertedVote,
  minutesFrom,
  myVotes,
  unvote,
  vote,
  voteFlags,
  VOTES_NOW,
} from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';
import { EnvDto } from '../config/env';
import { networkHash } from './voter-network';

describe('vote flags: suspicious voting for council admins', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  beforeEach(() => {
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(VOTES_NOW);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t.close();
  });

  it('flags 20 votes from one network within 10 minutes, but not 19, nor 20 spread over an hour, and merges one long burst into one flag', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 4 });
    const admin = await councilAdmin(t.db, c.organisationId);
    await insertVotes(t.db, c.id, [
      ...burst(c.ideaIds, 'net-a', 20, 25),
      ...burst(c.ideaIds, 'net-b', 19, 15),
      ...burst(c.ideaIds, 'net-c', 20, 180),
      ...burst(c.ideaIds, 'net-d', 40, 27, minutesFrom(120, T)),
    ]);

    const res = await voteFlags(t.http, admin, c.id).expect(200);
    const flags = ofKind(res.body, 'network_burst');
    expect(flags).toHaveLength(2);
    const [long, short] = flags;
    expect(short).toMatchObject({
      voteCount: 20,
      invalidatedCount: 0,
      status: 'open',
      firstVoteAt: T.toISOString(),
      lastVoteAt: new Date(T.getTime() + 19 * 25_000).toISOString(),
    });
    expect(short?.summary).toMatch(/^20 votes by 20 voters from one network within 8 minutes, starting /);
    expect(short?.ideas.map((i) => i.votes)).toEqual([5, 5, 5, 5]);
    expect(long).toMatchObject({ voteCount: 40, status: 'open' });
    expect(res.body.invalidatedVotes).toBe(0);
    expect(ofKind(res.body, 'new_account_burst')).toEqual([]);
    expect(ofKind(res.body, 'identical_sets')).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/net-[abcd]/);

    // The id is stable, and a later vote inside the burst joins the same flag.
    await insertVotes(t.db, c.id, [{ ideaId: c.ideaIds[0] ?? '', network: 'net-a', at: minutesFrom(9, T) }]);
    const again = await voteFlags(t.http, admin, c.id).expect(200);
    expect(ofKind(again.body, 'network_burst').find((f) => f.id === short?.id)).toMatchObject({ voteCount: 21 });
  });

  it('flags a burst of votes from accounts created minutes before, and only those votes', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const fresh = (n: number, ageMinutes: number, from = T): InsertedVote[] =>
      Array.from({ length: n }, (_, i) => {
        const at = new Date(from.getTime() + i * 30_000);
        return {
          ideaId: c.ideaIds[i % 3] ?? '',
          network: `n-${i}`,
          at,
          accountCreatedAt: minutesFrom(-ageMinutes, at),
        };
      });
    await insertVotes(t.db, c.id, [
      ...fresh(15, 5),
      ...fresh(10, 60 * 24 * 30),
      ...fresh(14, 5, minutesFrom(300, T)),
      ...fresh(15, 45, minutesFrom(600, T)),
    ]);

    const res = await voteFlags(t.http, admin, c.id).expect(200);
    const flags = ofKind(res.body, 'new_account_burst');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ voteCount: 15, firstVoteAt: T.toISOString(), status: 'open' });
    expect(flags[0]?.summary).toMatch(
      /^15 votes by 15 voters within 7 minutes, starting .*, each cast less than 30 minutes after its account was created$/,
    );
    expect(ofKind(res.body, 'network_burst')).toEqual([]);
  });

  it('flags five or more voters whose whole vote sets are the same two or more ideas', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = '', d = ''] = c.ideaIds;
    await insertVotes(t.db, c.id, [
      ...sameSet([a, b], 5),
      ...sameSet([a, d], 4),
      ...sameSet([a], 7),
      ...sameSet([a, b, d], 1),
    ]);

    const res = await voteFlags(t.http, admin, c.id).expect(200);
    const flags = ofKind(res.body, 'identical_sets');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ voteCount: 10, summary: '5 voters chose exactly the same 2 ideas (10 votes)' });
    expect(flags[0]?.ideas.map((i) => [i.ideaId, i.votes]).sort()).toEqual(
      [
        [a, 5],
        [b, 5],
      ].sort(),
    );
  });

  describe('with real votes', () => {
    /** Voters who each vote for the given ideas through the API, from `ip` (X-Forwarded-For, trusted from loopback). */
    async function castFrom(ip: string, ideaIds: string[], voters: number): Promise<TestUser[]> {
      const users: TestUser[] = [];
      for (let i = 0; i < voters; i++) {
        const user = await createUser(t.db);
        for (const idea of ideaIds) await vote(t.http, user, idea).set('X-Forwarded-For', ip).expect(201);
        users.push(user);
      }
      return users;
    }

    it('a vote stores a keyed hash of its network and the account’s creation time, never the address', async () => {
      const c = await createVotingChallenge(t.db, { ideas: 2 });
      const [a = '', b = ''] = c.ideaIds;
      const [voter] = await castFrom('203.0.113.77', [a], 1);
      const other = await createUser(t.db);
      await vote(t.http, other, b).set('X-Forwarded-For', '203.0.113.200').expect(201);

      const secret = t.app.get(EnvDto).voterKeySecret ?? '';
      const rows: { network: string; account_created_at: Date; user_created_at: Date; row: string }[] =
        await t.db.query(
          `SELECT v.network, v.account_created_at, u.created_at AS user_created_at, row_to_json(v)::text AS row
             FROM idea_votes v JOIN users u ON u.id = v.user_id WHERE v.challenge_id = $1 ORDER BY u.id = $2 DESC`,
          [c.id, voter?.id],
        );
      expect(rows).toHaveLength(2);
      expect(rows[0]?.network).toBe(networkHash(secret, '203.0.113.77'));
      expect(rows[1]?.network).toBe(rows[0]?.network);
      expect(rows[0]?.account_created_at).toEqual(rows[0]?.user_created_at);
      const everywhere: { n: number }[] = await t.db.query(
        `SELECT (SELECT count(*) FROM idea_votes v WHERE row_to_json(v)::text LIKE '%203.0.113%')
              + (SELECT count(*) FROM challenge_voter_allowances a WHERE row_to_json(a)::text LIKE '%203.0.113%')
              + (SELECT count(*) FROM audit_log l WHERE row_to_json(l)::text LIKE '%203.0.113%') AS n`,
      );
      expect(Number(everywhere[0]?.n)).toBe(0);
      for (const r of rows) expect(r.row).not.toContain('203.0.113');
    });

    it('detects a burst cast through the API and never names a voter, their key or their network in any answer', async () => {
      const c = await createVotingChallenge(t.db, { ideas: 5 });
      const admin = await councilAdmin(t.db, c.organisationId);
      const voters = await castFrom('198.51.100.23', c.ideaIds, 4);

      const listed = await voteFlags(t.http, admin, c.id).expect(200);
      const flag = ofKind(listed.body, 'network_burst')[0];
      expect(flag).toMatchObject({ voteCount: 20, status: 'open' });
      // Four identical sets are below the threshold of five.
      expect(ofKind(listed.body, 'identical_sets')).toEqual([]);
      const decided = await decideFlag(t.http, admin, c.id, flag?.id ?? '', 'invalidate').expect(200);
      expect(decided.body.changedVotes).toBe(20);

      const secrets: string[] = voters.flatMap((v) => [v.id, v.email, v.displayName]);
      const stored: { voter_key: string; network: string }[] = await t.db.query(
        `SELECT DISTINCT voter_key, network FROM idea_votes WHERE challenge_id = $1`,
        [c.id],
      );
      for (const s of stored) secrets.push(s.voter_key, s.network);
      secrets.push('198.51.100');
      for (const body of [listed.body, decided.body]) {
        const text = JSON.stringify(body);
        expect(secrets.filter((s) => text.includes(s))).toEqual([]);
      }
      // Voters cannot learn about each other here either.
      await voteFlags(t.http, voters[0] as TestUser, c.id).expect(403);
    });

    it('an invalidated vote cannot be withdrawn (vote_invalidated) and keeps using the allowance; once restored it can', async () => {
      const c = await createVotingChallenge(t.db, { ideas: 3, allowance: 2 });
      const admin = await councilAdmin(t.db, c.organisationId);
      const [a = '', b = '', d = ''] = c.ideaIds;
      const voters = await castFrom('192.0.2.10', [a, b], 5);
      const voter = voters[0] as TestUser;
      const flagId = ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'identical_sets')[0]?.id ?? '';
      await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);

      const refused = await unvote(t.http, voter, a).expect(409);
      expect(refused.body).toMatchObject({ code: 'vote_invalidated', message: expect.stringContaining('council') });
      await vote(t.http, voter, a).expect(200);
      expect((await vote(t.http, voter, d).expect(409)).body.code).toBe('allowance_exhausted');
      const mine = (await myVotes(t.http, voter, c.id).expect(200)).body as MyVotes;
      expect(mine).toMatchObject({ used: 2, remaining: 0 });
      expect(mine.votes.map((v) => [v.ideaId, v.invalidated]).sort()).toEqual(
        [
          [a, true],
          [b, true],
        ].sort(),
      );
      for (const row of await counters(t.db, c.ideaIds)) expect(row.vote_count).toBe(row.valid_votes);
      expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 0, valid_votes: 0 }]);

      await decideFlag(t.http, admin, c.id, flagId, 'restore').expect(200);
      await unvote(t.http, voter, a).expect(204);
      await vote(t.http, voter, d).expect(201);
      expect(await counters(t.db, [a, d])).toEqual(
        expect.arrayContaining([
          { id: a, vote_count: 4, valid_votes: 4 },
          { id: d, vote_count: 1, valid_votes: 1 },
        ]),
      );
      for (const row of await allowances(t.db, c.id)) expect(row.used).toBe(row.votes);
    });
  });
});
