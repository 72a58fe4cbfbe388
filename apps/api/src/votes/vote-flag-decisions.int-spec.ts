import { randomUUID } from 'node:crypto';
import type { VoteFlag } from '@challenge/contract';
import { addMember, createOrganisation, createUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { ofKind, sameSet, T } from '../../test/vote-flags-helpers';
import {
  councilAdmin,
  counters,
  createVotingChallenge,
  decideFlag,
  insertVotes,
  minutesFrom,
  voteFlags,
  VOTES_NOW,
} from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';

describe('vote flags: invalidating and restoring flagged votes', () => {
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

  it('invalidating a flag takes its votes out of the counts, audited and recorded; again changes nothing; restoring puts them back', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = ''] = c.ideaIds;
    await insertVotes(t.db, c.id, [...sameSet([a, b], 5), ...sameSet([a], 3)]);
    const flag = ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'identical_sets')[0];
    const flagId = flag?.id ?? '';

    const first = await decideFlag(t.http, admin, c.id, flagId, 'invalidate', { reason: '  One ring of accounts  ' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      changedVotes: 10,
      flag: { id: flagId, invalidatedCount: 10, status: 'invalidated' },
    });
    expect(await counters(t.db, [a, b])).toEqual(
      expect.arrayContaining([
        { id: a, vote_count: 3, valid_votes: 3 },
        { id: b, vote_count: 0, valid_votes: 0 },
      ]),
    );
    const idea = await t.http().get(`/api/v1/ideas/${a}`).expect(200);
    expect(idea.body.voteCount).toBe(3);
    const reasons: { invalidated_reason: string }[] = await t.db.query(
      `SELECT DISTINCT invalidated_reason FROM idea_votes WHERE challenge_id = $1 AND invalidated_at IS NOT NULL`,
      [c.id],
    );
    expect(reasons).toEqual([{ invalidated_reason: 'One ring of accounts' }]);

    const again = await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);
    expect(again.body.changedVotes).toBe(0);
    expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 3, valid_votes: 3 }]);
    const listed = await voteFlags(t.http, admin, c.id).expect(200);
    expect(listed.body.invalidatedVotes).toBe(10);
    expect(listed.body.flags.find((f: VoteFlag) => f.id === flagId)).toMatchObject({ status: 'invalidated' });

    const restored = await decideFlag(t.http, admin, c.id, flagId, 'restore', {
      reason: 'Turned out to be a school class',
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ changedVotes: 10, flag: { invalidatedCount: 0, status: 'open' } });
    expect(await counters(t.db, [a, b])).toEqual(
      expect.arrayContaining([
        { id: a, vote_count: 8, valid_votes: 8 },
        { id: b, vote_count: 5, valid_votes: 5 },
      ]),
    );
    expect((await decideFlag(t.http, admin, c.id, flagId, 'restore').expect(200)).body.changedVotes).toBe(0);

    const decisions: { action: string; flag_id: string; reason: string; n: number; actor_id: string }[] =
      await t.db.query(
        `SELECT action, flag_id, reason, cardinality(vote_ids) AS n, actor_id FROM vote_invalidations
          WHERE challenge_id = $1 ORDER BY created_at, action`,
        [c.id],
      );
    expect(decisions).toEqual([
      { action: 'invalidate', flag_id: flagId, reason: 'One ring of accounts', n: 10, actor_id: admin.id },
      { action: 'invalidate', flag_id: flagId, reason: 'Checked by the council', n: 0, actor_id: admin.id },
      { action: 'restore', flag_id: flagId, reason: 'Turned out to be a school class', n: 10, actor_id: admin.id },
      { action: 'restore', flag_id: flagId, reason: 'Checked by the council', n: 0, actor_id: admin.id },
    ]);
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
      ['votes.invalidated', 10],
      ['votes.invalidated', 0],
      ['votes.restored', 10],
      ['votes.restored', 0],
    ]);
    expect(audit[0]).toMatchObject({
      actor_user_id: admin.id,
      organisation_id: c.organisationId,
      details: { flagId, kind: 'identical_sets', reason: 'One ring of accounts' },
    });
  });

  it('changes only the votes whose state differs: a voter who joins an invalidated group is invalidated on the next decision', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = ''] = c.ideaIds;
    await insertVotes(t.db, c.id, sameSet([a, b], 5));
    const flagId = ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'identical_sets')[0]?.id ?? '';
    await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);

    await insertVotes(t.db, c.id, sameSet([a, b], 1, minutesFrom(60 * 20, T)));
    const listed = await voteFlags(t.http, admin, c.id).expect(200);
    expect(listed.body.flags.find((f: VoteFlag) => f.id === flagId)).toMatchObject({
      voteCount: 12,
      invalidatedCount: 10,
      status: 'partly_invalidated',
    });
    expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 1, valid_votes: 1 }]);

    const res = await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);
    expect(res.body).toMatchObject({ changedVotes: 2, flag: { voteCount: 12, status: 'invalidated' } });
    expect(await counters(t.db, [a, b])).toEqual(
      expect.arrayContaining([
        { id: a, vote_count: 0, valid_votes: 0 },
        { id: b, vote_count: 0, valid_votes: 0 },
      ]),
    );
  });

  it('keeps a flag whose pattern is gone while votes stay invalidated under it, so they can still be restored', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 3 });
    const admin = await councilAdmin(t.db, c.organisationId);
    const [a = '', b = '', d = ''] = c.ideaIds;
    const rows = sameSet([a, b], 5);
    await insertVotes(t.db, c.id, rows);
    const flagId = ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'identical_sets')[0]?.id ?? '';
    await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(200);
    expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 0, valid_votes: 0 }]);
    // One voter adds a third idea: four identical sets are no longer a flag.
    await insertVotes(t.db, c.id, [{ ideaId: d, voter: rows[0]?.voter, at: minutesFrom(60 * 30, T) }]);

    const listed = await voteFlags(t.http, admin, c.id).expect(200);
    const kept = listed.body.flags.find((f: VoteFlag) => f.id === flagId);
    expect(kept).toMatchObject({ voteCount: 10, status: 'invalidated' });
    expect(kept.summary).toMatch(/no longer detected/);

    const res = await decideFlag(t.http, admin, c.id, flagId, 'restore').expect(200);
    expect(res.body.changedVotes).toBe(10);
    expect(await counters(t.db, [a, b, d])).toEqual(
      expect.arrayContaining([
        { id: a, vote_count: 5, valid_votes: 5 },
        { id: b, vote_count: 5, valid_votes: 5 },
        { id: d, vote_count: 1, valid_votes: 1 },
      ]),
    );
    const after = await voteFlags(t.http, admin, c.id).expect(200);
    expect(after.body.flags.find((f: VoteFlag) => f.id === flagId)).toBeUndefined();
  });

  it('lets only admins of a hosting council see and decide flags', async () => {
    const coHost = await createOrganisation(t.db);
    const c = await createVotingChallenge(t.db, { ideas: 3, coHostIds: [coHost.id] });
    const [a = '', b = ''] = c.ideaIds;
    await insertVotes(t.db, c.id, sameSet([a, b], 5));
    const admin = await councilAdmin(t.db, c.organisationId);
    const flagId = ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'identical_sets')[0]?.id ?? '';

    const strangerAdmin = await councilAdmin(t.db, (await createOrganisation(t.db)).id);
    const moderator = await createUser(t.db);
    await addMember(t.db, c.organisationId, moderator.id, 'moderator');
    const platformAdmin = await createUser(t.db, { platformAdmin: true });
    const resident = await createUser(t.db);
    for (const who of [strangerAdmin, moderator, platformAdmin, resident, c.author]) {
      const list = await voteFlags(t.http, who, c.id).expect(403);
      expect(list.body.message).toBe('Only admins of the hosting councils can manage this challenge');
      await decideFlag(t.http, who, c.id, flagId, 'invalidate').expect(403);
      await decideFlag(t.http, who, c.id, flagId, 'restore').expect(403);
    }
    await t.http().get(`/api/v1/challenges/${c.id}/vote-flags`).expect(401);
    await t.http().post(`/api/v1/challenges/${c.id}/vote-flags/${flagId}/invalidate`).send({ reason: 'x' }).expect(401);
    expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 5, valid_votes: 5 }]);
    const none: unknown[] = await t.db.query(`SELECT 1 FROM vote_invalidations WHERE challenge_id = $1`, [c.id]);
    expect(none).toEqual([]);

    // An admin of a co-hosting council may decide.
    const coHostAdmin = await councilAdmin(t.db, coHost.id);
    await decideFlag(t.http, coHostAdmin, c.id, flagId, 'invalidate').expect(200);

    // A draft is unknown to strangers.
    const draft = await createVotingChallenge(t.db, { publishedAt: null });
    await voteFlags(t.http, strangerAdmin, draft.id).expect(404);
    await voteFlags(t.http, await councilAdmin(t.db, draft.organisationId), draft.id).expect(200);
  });

  it('answers 404 for an unknown challenge or flag, 400 for a malformed id or a missing reason, and 409 once results are published', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 3 });
    const [a = '', b = ''] = c.ideaIds;
    await insertVotes(t.db, c.id, sameSet([a, b], 5));
    const admin = await councilAdmin(t.db, c.organisationId);
    const flagId = ofKind((await voteFlags(t.http, admin, c.id).expect(200)).body, 'identical_sets')[0]?.id ?? '';

    await voteFlags(t.http, admin, randomUUID()).expect(404);
    await voteFlags(t.http, admin, 'nope').expect(400);
    for (const unknown of ['identical_sets.0000000000000000', 'network_burst.x.1', 'nonsense', flagId.toUpperCase()]) {
      const res = await decideFlag(t.http, admin, c.id, unknown, 'invalidate').expect(404);
      expect(res.body.message).toBe('No vote flag with that id in this challenge');
    }
    for (const body of [
      {},
      { reason: '   ' },
      { reason: 7 },
      { reason: 'x'.repeat(1001) },
      { reason: 'ok', votes: [] },
    ]) {
      const res = await decideFlag(t.http, admin, c.id, flagId, 'invalidate', body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, message: expect.any(String) });
    }
    const missing = await decideFlag(t.http, admin, c.id, flagId, 'invalidate', {}).expect(400);
    expect(JSON.stringify(missing.body)).toContain('reason is required');

    await t.db.query(`UPDATE challenges SET results_published_at = $2 WHERE id = $1`, [
      c.id,
      minutesFrom(-1, VOTES_NOW),
    ]);
    const late = await decideFlag(t.http, admin, c.id, flagId, 'invalidate').expect(409);
    expect(late.body.code).toBe('results_published');
    expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 5, valid_votes: 5 }]);
  });
});
