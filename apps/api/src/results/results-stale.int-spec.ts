import { randomUUID } from 'node:crypto';
import type { Results, VoteFlagList } from '@challenge/contract';
import { CLOCK } from '../common/clock';
import { TestUser } from '../../test/factories';
import { daysFrom } from '../../test/ideas-helpers';
import { as, JUDGING_NOW } from '../../test/judging-helpers';
import { insertAnswers } from '../../test/pairwise-helpers';
import {
  createHandComputedChallenge,
  HandComputedChallenge,
  mailsTo,
  setPublicVote,
  setVoteCounts,
} from '../../test/results-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { decideFlag, insertVotes, voteFlags } from '../../test/votes-helpers';

describe('results: confirmed results go stale when their inputs change, and stale results are not published', () => {
  let t: TestApp;
  let c: HandComputedChallenge;
  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get(CLOCK), 'now').mockImplementation(() => JUDGING_NOW);
  });
  beforeEach(async () => {
    c = await createHandComputedChallenge(t.db);
  });
  afterAll(() => t.close());

  const results = async (user: TestUser | null): Promise<Results> =>
    (await as(t.http, user).get(`/challenges/${c.challengeId}/results`).expect(200)).body as Results;
  const confirm = async (): Promise<Results> =>
    (await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/confirm`).expect(200)).body as Results;
  const publish = () => as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/publish`);
  const judge = (k: number): TestUser => {
    const j = c.judges[k];
    if (!j) throw new Error(`judge ${k + 1} expected`);
    return j;
  };
  const assignmentOf = async (judgeId: string, ideaId: string): Promise<string> => {
    const rows: { id: string }[] = await t.db.query(
      `SELECT id FROM judge_assignments WHERE judge_id = $1 AND idea_id = $2`,
      [judgeId, ideaId],
    );
    return rows[0]?.id ?? '';
  };
  /** Publishing is refused as stale, naming what changed; nothing is published and nobody is told. */
  const expectStalePublish = async (changed: RegExp): Promise<void> => {
    expect(await results(c.admin)).toMatchObject({ status: 'confirmed', stale: true });
    const res = await publish();
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'results_stale', message: expect.stringMatching(changed) as unknown });
    expect(res.body.message).toMatch(
      /^The results changed since they were confirmed \(.*\): preview and confirm again$/,
    );
    const rows: { published_at: Date | null }[] = await t.db.query(
      `SELECT published_at FROM challenge_results WHERE challenge_id = $1`,
      [c.challengeId],
    );
    expect(rows).toEqual([{ published_at: null }]);
    expect(await mailsTo(t.db, c.author.email, 'results-winner')).toEqual([]);
    expect((await as(t.http, null).get(`/challenges/${c.challengeId}/results`)).status).toBe(404);
  };

  it('with nothing changed, confirmed results are not stale and publish as confirmed', async () => {
    const confirmed = await confirm();
    expect(confirmed).toMatchObject({ status: 'confirmed', stale: false });
    expect(await results(c.admin)).toMatchObject({ status: 'confirmed', stale: false });
    const stored: { inputs_fingerprint: Record<string, string> }[] = await t.db.query(
      `SELECT inputs_fingerprint FROM challenge_results WHERE challenge_id = $1`,
      [c.challengeId],
    );
    expect(Object.values(stored[0]?.inputs_fingerprint ?? {})).toEqual(
      Array.from({ length: 8 }, () => expect.stringMatching(/^[0-9a-f]{64}$/) as unknown),
    );

    const published = (await publish().expect(200)).body as Results;
    expect(published).toMatchObject({ status: 'published', stale: false });
    expect(published.ranking).toEqual(confirmed.ranking);
    expect(await results(null)).toMatchObject({ status: 'published', stale: false });
  });

  it('a judge submitting scores after the confirmation blocks publishing until the results are confirmed again', async () => {
    const before = await confirm();
    expect(before.ranking.find((r) => r.ideaId === c.i2)?.judgeCount).toBe(2);
    // Judge 3 submits the score set they had left as a draft.
    const j3 = judge(2);
    await as(t.http, j3)
      .post(`/judging/assignments/${await assignmentOf(j3.id, c.i2)}/submit`)
      .expect(200);

    await expectStalePublish(/\(the judges’ submitted scores changed\)/);

    const again = await confirm();
    expect(again).toMatchObject({ status: 'confirmed', stale: false });
    expect(again.ranking.find((r) => r.ideaId === c.i2)?.judgeCount).toBe(3);
    const published = (await publish().expect(200)).body as Results;
    expect(published.ranking).toEqual(again.ranking);
    expect((await results(null)).ranking.find((r) => r.ideaId === c.i2)?.judgeCount).toBe(3);
  });

  it('an admin reopening a judge’s submitted scores makes the confirmed results stale', async () => {
    await confirm();
    await as(t.http, c.admin)
      .post(`/challenges/${c.challengeId}/assignments/${await assignmentOf(judge(0).id, c.i1)}/reopen`, {
        reason: 'Scored the wrong idea',
      })
      .expect(200);
    await expectStalePublish(/the judges’ submitted scores changed/);
  });

  it('votes invalidated after the confirmation make it stale; restoring them makes it current again', async () => {
    const voters = Array.from({ length: 5 }, () => `ring-${randomUUID()}`);
    await insertVotes(
      t.db,
      c.challengeId,
      voters.flatMap((voter, v) =>
        [c.i1, c.i2].map((ideaId) => ({ ideaId, voter, at: daysFrom(-8 + v / 10, JUDGING_NOW) })),
      ),
    );
    const flags = (await voteFlags(t.http, c.admin, c.challengeId).expect(200)).body as VoteFlagList;
    const flagId = flags.flags.find((f) => f.kind === 'identical_sets')?.id;
    if (!flagId) throw new Error('an identical_sets flag expected');
    await confirm();

    await decideFlag(t.http, c.admin, c.challengeId, flagId, 'invalidate').expect(200);
    await expectStalePublish(/\(the public votes changed\)/);

    await decideFlag(t.http, c.admin, c.challengeId, flagId, 'restore').expect(200);
    expect(await results(c.admin)).toMatchObject({ status: 'confirmed', stale: false });
    await publish().expect(200);
  });

  it('late supports and pairwise answers (or their invalidation) make it stale, and the message names every change', async () => {
    await setPublicVote(t.db, c.challengeId, 0.5, 'pairwise');
    await insertAnswers(t.db, c.challengeId, c.i1, c.i2, 6);
    await confirm();
    await t.db.query(
      `UPDATE pairwise_comparisons SET invalidated_at = now(), invalidated_reason = 'Ring'
        WHERE id IN (SELECT id FROM pairwise_comparisons WHERE challenge_id = $1 LIMIT 2)`,
      [c.challengeId],
    );
    await expectStalePublish(/\(the public votes changed\)/);

    await confirm();
    await setVoteCounts(t.db, { [c.i3]: 41 });
    await t.db.query(`UPDATE rubric_criteria SET name = 'Value' WHERE id = $1`, [c.criterionIds[1]]);
    await expectStalePublish(/\(the rubric and the public votes changed\)/);
  });

  it('results confirmed before fingerprints were stored must be confirmed again', async () => {
    await confirm();
    await t.db.query(`UPDATE challenge_results SET inputs_fingerprint = NULL WHERE challenge_id = $1`, [c.challengeId]);
    await expectStalePublish(/\(they were confirmed before changes were tracked\)/);
    await confirm();
    await publish().expect(200);
  });
});
