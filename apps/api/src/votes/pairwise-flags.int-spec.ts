import { randomUUID } from 'node:crypto';
import type { VoteFlag, VoteFlagList } from '@challenge/contract';
import { createOrganisation, createUser } from '../../test/factories';
import {
  answerPair,
  comparisonCounts,
  createPairwiseChallenge,
  pairwiseScores,
  servePair,
} from '../../test/pairwise-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { councilAdmin, counters, decideFlag, minutesFrom, voteFlags, VOTES_NOW } from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';
import { EnvDto } from '../config/env';
import { networkHash } from './voter-network';

/** A day before VOTES_NOW: the answers below are in the past, while voting is still open. */
const T = minutesFrom(-24 * 60, VOTES_NOW);

type Answer = { winner: string | null; loser: string; network: string | null; at: Date };

/** `n` answers from one network, `secondsApart` apart from `from`, each by its own voter; `winners` in turn beat `loser`. */
const burst = (
  winners: string[],
  loser: string,
  network: string,
  n: number,
  secondsApart: number,
  from = T,
): Answer[] =>
  Array.from({ length: n }, (_, i) => ({
    winner: winners[i % winners.length] ?? '',
    loser,
    network,
    at: new Date(from.getTime() + i * secondsApart * 1000),
  }));

const ofKind = (list: VoteFlagList, kind: VoteFlag['kind']): VoteFlag[] => list.flags.filter((f) => f.kind === kind);

describe('pairwise vote flags: bursts of pairwise answers from one network', () => {
  let t: TestApp;

  /** Answers straight in the database (a skip has `winner` null and compares `loser` with `skipWith`). */
  async function insertAnswers(challengeId: string, answers: Answer[], skipWith = ''): Promise<string[]> {
    const ids: string[] = [];
    for (const a of answers) {
      const other = a.winner ?? skipWith;
      const [low, high] = other < a.loser ? [other, a.loser] : [a.loser, other];
      const rows: { id: string }[] = await t.db.query(
        `INSERT INTO pairwise_comparisons (challenge_id, voter_key, idea_low, idea_high, winner_idea_id, network, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [challengeId, `pw-${randomUUID()}`, low, high, a.winner, a.network, a.at],
      );
      ids.push(rows[0]?.id ?? '');
    }
    return ids;
  }

  const comparisonsTotal = async (challengeId: string): Promise<number> =>
    ((await pairwiseScores(t.http, challengeId).expect(200)).body as { comparisons: number }).comparisons;

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

  it('flags 20 answers with a winner from one network within 10 minutes, but not 19, nor 20 whose one is a skip, nor 20 over an hour', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 4 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = '', d = '', e = ''] = c.ideaIds;
    await insertAnswers(c.id, [
      ...burst([a, a, a, b], e, 'net-a', 20, 25),
      ...burst([a, b], e, 'net-b', 19, 15),
      ...burst([a, b], e, 'net-c', 20, 180),
    ]);
    // 19 answers with a winner and one skip from net-d: below the threshold.
    await insertAnswers(
      c.id,
      [...burst([a, b], e, 'net-d', 19, 10), { winner: null, loser: e, network: 'net-d', at: minutesFrom(1, T) }],
      d,
    );

    const res = await voteFlags(t.http, admin, c.id).expect(200);
    const flags = ofKind(res.body, 'pairwise_network_burst');
    expect(flags).toHaveLength(1);
    const flag = flags[0] as VoteFlag;
    expect(flag).toMatchObject({
      voteCount: 20,
      invalidatedCount: 0,
      status: 'open',
      firstVoteAt: T.toISOString(),
      lastVoteAt: new Date(T.getTime() + 19 * 25_000).toISOString(),
    });
    expect(flag.id).toMatch(/^pairwise_network_burst\.[0-9a-f]{16}\.\d+$/);
    expect(flag.summary).toMatch(
      /^20 pairwise answers by 20 voters from one network within 8 minutes, starting .*, won by 2 ideas$/,
    );
    expect(flag.ideas.map((i) => [i.ideaId, i.votes])).toEqual([
      [a, 15],
      [b, 5],
    ]);
    // Support-vote flags are not raised by pairwise answers, and the networks are never shown.
    expect(ofKind(res.body, 'network_burst')).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/net-[abcd]|pw-/);

    // Just at the threshold: one more answer with a winner from net-d inside its window.
    await insertAnswers(c.id, [{ winner: b, loser: d, network: 'net-d', at: minutesFrom(2, T) }]);
    const again = await voteFlags(t.http, admin, c.id).expect(200);
    const both = ofKind(again.body, 'pairwise_network_burst');
    expect(both).toHaveLength(2);
    expect(both.find((f) => f.id === flag.id)).toMatchObject({ voteCount: 20 });
    expect(both.find((f) => f.id !== flag.id)).toMatchObject({ voteCount: 20 });
  });

  it('invalidating takes the answers out of the pairwise scores in one recorded, audited decision; again changes nothing; restoring puts them back', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = '', d = ''] = c.ideaIds;
    const ids = await insertAnswers(c.id, burst([a, b], d, 'net-x', 20, 20));
    await insertAnswers(c.id, [
      ...burst([d], a, 'net-y', 3, 600),
      ...burst([b], a, 'net-z', 2, 600, minutesFrom(60, T)),
    ]);
    const countsBefore = await comparisonCounts(t.db, c.ideaIds);
    const votesBefore = await counters(t.db, c.ideaIds);
    expect(await comparisonsTotal(c.id)).toBe(25);
    const flagId =
      ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'pairwise_network_burst')[0]?.id ?? '';

    const first = await decideFlag(t.http, admin, c.id, flagId, 'invalidate', { reason: '  One device farm  ' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      changedVotes: 20,
      flag: { id: flagId, invalidatedCount: 20, status: 'invalidated' },
    });
    expect(await comparisonsTotal(c.id)).toBe(5);
    const stored: { id: string; invalidated_reason: string | null }[] = await t.db.query(
      `SELECT id, invalidated_reason FROM pairwise_comparisons WHERE challenge_id = $1 AND invalidated_at IS NOT NULL ORDER BY id`,
      [c.id],
    );
    expect(stored.map((r) => r.id)).toEqual([...ids].sort());
    expect(new Set(stored.map((r) => r.invalidated_reason))).toEqual(new Set(['One device farm']));
    // Neither support-vote counters nor comparison counts move.
    expect(await comparisonCounts(t.db, c.ideaIds)).toEqual(countsBefore);
    expect(await counters(t.db, c.ideaIds)).toEqual(votesBefore);

    const again = await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);
    expect(again.body.changedVotes).toBe(0);
    const listed = await voteFlags(t.http, admin, c.id).expect(200);
    expect(listed.body.flags.find((f: VoteFlag) => f.id === flagId)).toMatchObject({ status: 'invalidated' });
    expect(listed.body.invalidatedVotes).toBe(0);

    const restored = await decideFlag(t.http, admin, c.id, flagId, 'restore', { reason: 'A school class' }).expect(200);
    expect(restored.body).toMatchObject({ changedVotes: 20, flag: { invalidatedCount: 0, status: 'open' } });
    expect(await comparisonsTotal(c.id)).toBe(25);
    const cleared: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM pairwise_comparisons
        WHERE challenge_id = $1 AND (invalidated_at IS NOT NULL OR invalidated_reason IS NOT NULL)`,
      [c.id],
    );
    expect(cleared[0]?.n).toBe(0);
    expect((await decideFlag(t.http, admin, c.id, flagId, 'restore').expect(200)).body.changedVotes).toBe(0);
    expect(await comparisonCounts(t.db, c.ideaIds)).toEqual(countsBefore);
    expect(await counters(t.db, c.ideaIds)).toEqual(votesBefore);

    const decisions: { action: string; flag_id: string; reason: string; vote_ids: string[]; actor_id: string }[] =
      await t.db.query(
        `SELECT action, flag_id, reason, vote_ids::text[] AS vote_ids, actor_id FROM vote_invalidations
          WHERE challenge_id = $1 ORDER BY created_at, action`,
        [c.id],
      );
    expect(decisions.map((d) => [d.action, d.flag_id, d.reason, d.vote_ids.length, d.actor_id])).toEqual([
      ['invalidate', flagId, 'One device farm', 20, admin.id],
      ['invalidate', flagId, 'Checked by the council', 0, admin.id],
      ['restore', flagId, 'A school class', 20, admin.id],
      ['restore', flagId, 'Checked by the council', 0, admin.id],
    ]);
    expect([...(decisions[0]?.vote_ids ?? [])].sort()).toEqual([...ids].sort());
    const audit: {
      action: string;
      actor_user_id: string;
      organisation_id: string;
      details: Record<string, unknown>;
    }[] = await t.db.query(
      `SELECT action, actor_user_id, organisation_id, details FROM audit_log
          WHERE target_type = 'challenge' AND target_id = $1 AND action LIKE 'votes.%' ORDER BY occurred_at, id`,
      [c.id],
    );
    expect(audit.map((e) => [e.action, e.details['changedVotes']])).toEqual([
      ['votes.pairwise_invalidated', 20],
      ['votes.pairwise_invalidated', 0],
      ['votes.pairwise_restored', 20],
      ['votes.pairwise_restored', 0],
    ]);
    expect(audit[0]).toMatchObject({
      actor_user_id: admin.id,
      organisation_id: c.organisationId,
      details: { flagId, kind: 'pairwise_network_burst', target: 'pairwise_comparisons', reason: 'One device farm' },
    });
  });

  it('keeps an invalidated flag listed after its pattern is gone, so its answers can be restored', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = '', d = ''] = c.ideaIds;
    const ids = await insertAnswers(c.id, burst([a, b], d, 'net-q', 20, 20));
    const flagId =
      ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'pairwise_network_burst')[0]?.id ?? '';
    await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);
    // One answer loses its network signal: 19 are no longer a burst.
    await t.db.query(`UPDATE pairwise_comparisons SET network = NULL WHERE id = $1`, [ids[0]]);

    const kept = (await voteFlags(t.http, admin, c.id).expect(200)).body.flags.find((f: VoteFlag) => f.id === flagId);
    expect(kept).toMatchObject({ kind: 'pairwise_network_burst', voteCount: 20, status: 'invalidated' });
    expect(kept.summary).toMatch(/no longer detected/);
    expect((await decideFlag(t.http, admin, c.id, flagId, 'restore').expect(200)).body.changedVotes).toBe(20);
    expect(await comparisonsTotal(c.id)).toBe(20);
  });

  it('is refused to residents, the idea’s author and admins of other councils, and changes nothing', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = '', d = ''] = c.ideaIds;
    await insertAnswers(c.id, burst([a, b], d, 'net-r', 20, 20));
    const flagId =
      ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'pairwise_network_burst')[0]?.id ?? '';

    const strangerAdmin = await councilAdmin(t.db, (await createOrganisation(t.db)).id);
    const resident = await createUser(t.db);
    for (const who of [strangerAdmin, resident, c.author]) {
      await voteFlags(t.http, who, c.id).expect(403);
      await decideFlag(t.http, who, c.id, flagId, 'invalidate').expect(403);
      await decideFlag(t.http, who, c.id, flagId, 'restore').expect(403);
    }
    const touched: { n: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM pairwise_comparisons WHERE challenge_id = $1 AND invalidated_at IS NOT NULL)
            + (SELECT count(*) FROM vote_invalidations WHERE challenge_id = $1) AS n`,
      [c.id],
    );
    expect(Number(touched[0]?.n)).toBe(0);
    expect(await comparisonsTotal(c.id)).toBe(20);
    // An unknown burst of this kind is 404.
    await decideFlag(t.http, admin, c.id, 'pairwise_network_burst.0000000000000000.0', 'invalidate').expect(404);
  });

  it('an answer through the API stores the keyed hash of its network, and a burst of them is flagged without naming anyone', async () => {
    const c = await createPairwiseChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const ip = '198.51.100.42';
    const voters = [];
    for (let i = 0; i < 7; i++) {
      const voter = await createUser(t.db);
      voters.push(voter);
      for (let k = 0; k < 3; k++) {
        const { pairId, ids } = await servePair(t.http, voter, c.id);
        await answerPair(t.http, voter, c.id, { pairId, winnerIdeaId: ids[0] }).set('X-Forwarded-For', ip).expect(201);
      }
    }
    const secret = t.app.get(EnvDto).voterKeySecret ?? '';
    const rows: { network: string | null; voter_key: string; row: string }[] = await t.db.query(
      `SELECT network, voter_key, row_to_json(p)::text AS row FROM pairwise_comparisons p WHERE challenge_id = $1`,
      [c.id],
    );
    expect(rows).toHaveLength(21);
    for (const r of rows) {
      expect(r.network).toBe(networkHash(secret, ip));
      expect(r.row).not.toContain('198.51.100');
    }

    const listed = await voteFlags(t.http, admin, c.id).expect(200);
    const flag = ofKind(listed.body, 'pairwise_network_burst')[0];
    expect(flag).toMatchObject({ voteCount: 21, status: 'open' });
    const decided = await decideFlag(t.http, admin, c.id, flag?.id ?? '', 'invalidate').expect(200);
    expect(decided.body.changedVotes).toBe(21);
    const secrets = [
      ...voters.flatMap((v) => [v.id, v.email, v.displayName]),
      ...rows.flatMap((r) => [r.voter_key, r.network ?? '']),
      '198.51.100',
    ];
    for (const body of [listed.body, decided.body]) {
      const text = JSON.stringify(body);
      expect(secrets.filter((s) => text.includes(s))).toEqual([]);
    }
  });
});
