import type { Challenge } from '@challenge/contract';
import { at, CHALLENGES_NOW, publishableBody } from '../../test/challenges-helpers';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

type SettingsRow = {
  support_voting: boolean;
  pairwise_voting: boolean;
  public_vote_measure: string;
  vote_allowance: number;
  allow_self_votes: boolean;
  blind_review: boolean;
};

describe('challenges: voting and judging settings', () => {
  let t: TestApp;
  let council: { id: string };
  let admin: TestUser;

  const setNow = (date: Date): void => {
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(date);
  };
  const post = (body: Record<string, unknown>) =>
    t
      .http()
      .post('/api/v1/challenges')
      .set(...bearer(admin))
      .send(body);
  const patch = (id: string, body: Record<string, unknown>) =>
    t
      .http()
      .patch(`/api/v1/challenges/${id}`)
      .set(...bearer(admin))
      .send(body);
  const settings = async (id: string): Promise<SettingsRow | undefined> =>
    (
      (await t.db.query(
        `SELECT support_voting, pairwise_voting, public_vote_measure, vote_allowance, allow_self_votes, blind_review
           FROM challenges WHERE id = $1`,
        [id],
      )) as SettingsRow[]
    )[0];
  const challengeCount = async (): Promise<number> =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM challenges`)) as { n: number }[])[0]?.n ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    council = await createOrganisation(t.db);
    admin = await createUser(t.db);
    await addMember(t.db, council.id, admin.id, 'admin');
  });
  beforeEach(() => setNow(CHALLENGES_NOW));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  it('a new challenge supports ideas with 5 votes each and blind review unless told otherwise', async () => {
    const c = (await post(publishableBody(council.id)).expect(201)).body as Challenge;
    expect(c.voting).toEqual({
      supportVoting: true,
      pairwiseVoting: false,
      publicVoteMeasure: 'supports',
      voteAllowance: 5,
      allowSelfVotes: false,
    });
    expect(c.blindReview).toBe(true);
    expect(c.prizes.map((p) => p.peoplesChoice)).toEqual([false, false]);
  });

  it('sets the vote methods, measure, allowance, self-votes, blind review and a People’s Choice prize on create', async () => {
    const res = await post({
      ...publishableBody(council.id),
      supportVoting: false,
      pairwiseVoting: true,
      publicVoteMeasure: 'pairwise',
      voteAllowance: 3,
      allowSelfVotes: true,
      blindReview: false,
      prizes: [
        { name: 'First prize', amountPence: 500_000 },
        { name: 'People’s Choice', amountPence: 100_000, peoplesChoice: true },
      ],
    }).expect(201);
    const c = res.body as Challenge;
    expect(c.voting).toEqual({
      supportVoting: false,
      pairwiseVoting: true,
      publicVoteMeasure: 'pairwise',
      voteAllowance: 3,
      allowSelfVotes: true,
    });
    expect(c.blindReview).toBe(false);
    expect(c.prizes.map((p) => [p.name, p.peoplesChoice, p.category])).toEqual([
      ['First prize', false, null],
      ['People’s Choice', true, null],
    ]);
    expect(await settings(c.id)).toEqual({
      support_voting: false,
      pairwise_voting: true,
      public_vote_measure: 'pairwise',
      vote_allowance: 3,
      allow_self_votes: true,
      blind_review: false,
    });
  });

  it('refuses bad settings with a clear 400 naming the field, and stores nothing', async () => {
    const before = await challengeCount();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ voteAllowance: 0 }, /voteAllowance must be a whole number from 1 to 100/],
      [{ voteAllowance: 101 }, /voteAllowance must be a whole number from 1 to 100/],
      [{ voteAllowance: 2.5 }, /voteAllowance must be a whole number from 1 to 100/],
      [{ voteAllowance: '3' }, /voteAllowance must be a whole number from 1 to 100/],
      [{ voteAllowance: null }, /voteAllowance/],
      [{ publicVoteMeasure: 'likes' }, /publicVoteMeasure must be one of supports, pairwise/],
      [{ publicVoteMeasure: null }, /publicVoteMeasure must be one of/],
      [{ supportVoting: 'yes' }, /supportVoting must be true or false/],
      [{ pairwiseVoting: null }, /pairwiseVoting must be true or false/],
      [{ allowSelfVotes: 1 }, /allowSelfVotes must be true or false/],
      [{ blindReview: 'no' }, /blindReview must be true or false/],
      [{ publicVoteMeasure: 'pairwise' }, /publicVoteMeasure: .*pairwiseVoting must be on/],
      [{ supportVoting: false }, /supportVoting: Choose at least one public-vote method/],
      [{ supportVoting: false, pairwiseVoting: true }, /publicVoteMeasure: .*supportVoting must be on/],
      [
        { prizes: [{ name: 'Favourite', amountPence: 100, peoplesChoice: true, category: 'Litter' }] },
        /prizes\.0\.category: .*People's Choice prize.*cannot have a category/,
      ],
      [
        { prizes: [{ name: 'Favourite', amountPence: 100, peoplesChoice: 'yes' }] },
        /peoplesChoice must be true or false/,
      ],
    ];
    for (const [fields, message] of cases) {
      const res = await post({ ...publishableBody(council.id), ...fields });
      expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
      expect(res.body.message).toMatch(message);
    }
    expect(await challengeCount()).toBe(before);
  });

  it('a People’s Choice prize needs a public vote before the challenge can be published', async () => {
    const body = publishableBody(council.id);
    const c = (
      await post({
        ...body,
        stages: { ...(body['stages'] as object), voting: null },
        prizes: [{ name: 'People’s Choice', amountPence: 100_000, peoplesChoice: true }],
      }).expect(201)
    ).body as Challenge;
    const res = await t
      .http()
      .post(`/api/v1/challenges/${c.id}/publish`)
      .set(...bearer(admin))
      .expect(422);
    expect(res.body.fields['prizes.0']).toEqual(["A People's Choice prize needs a public vote: set the voting dates"]);
  });

  describe('once the challenge is running', () => {
    let id: string;
    beforeEach(async () => {
      const c = (await post(publishableBody(council.id)).expect(201)).body as Challenge;
      id = c.id;
      await t
        .http()
        .post(`/api/v1/challenges/${id}/publish`)
        .set(...bearer(admin))
        .expect(200);
    });

    it('voting settings change freely until voting opens (audited), then are frozen (409), reason or not', async () => {
      const ok = await patch(id, {
        pairwiseVoting: true,
        publicVoteMeasure: 'pairwise',
        voteAllowance: 3,
      }).expect(200);
      expect(ok.body.voting).toMatchObject({ pairwiseVoting: true, publicVoteMeasure: 'pairwise', voteAllowance: 3 });
      const audit: { details: { changed: string[]; diff: Record<string, unknown> } }[] = await t.db.query(
        `SELECT details FROM audit_log WHERE target_id = $1 AND action = 'challenge.updated' ORDER BY id`,
        [id],
      );
      expect(audit.at(-1)?.details.changed.sort()).toEqual(['pairwiseVoting', 'publicVoteMeasure', 'voteAllowance']);
      expect(audit.at(-1)?.details.diff['voteAllowance']).toEqual({ from: 5, to: 3 });

      setNow(new Date(at(2))); // voting opened at at(1)
      for (const body of [
        { voteAllowance: 4 },
        { allowSelfVotes: true, changeReason: 'Authors asked' },
        { supportVoting: false },
        { publicVoteMeasure: 'supports' },
      ]) {
        const res = await patch(id, body).expect(409);
        expect(res.body).toMatchObject({
          code: 'voting_settings_frozen',
          message: expect.stringMatching(/^Voting opened on .*, so .* can no longer change$/),
        });
        expect(Object.keys(res.body.fields)).toEqual(Object.keys(body).filter((k) => k !== 'changeReason'));
      }
      // Repeating the current values is not a change; other fields can still be edited.
      await patch(id, { voteAllowance: 3, pairwiseVoting: true, summary: 'Still about litter' }).expect(200);
      expect(await settings(id)).toMatchObject({ vote_allowance: 3, pairwise_voting: true, allow_self_votes: false });
    });

    it('blind review can change until judging opens, then is frozen (409)', async () => {
      setNow(new Date(at(2)));
      expect((await patch(id, { blindReview: false }).expect(200)).body.blindReview).toBe(false);
      setNow(new Date(at(37))); // judging opened at at(36)
      const res = await patch(id, { blindReview: true }).expect(409);
      expect(res.body).toMatchObject({
        code: 'judging_settings_frozen',
        message: expect.stringMatching(/^Judging opened on .*, so blindReview can no longer change$/),
        fields: { blindReview: [expect.any(String)] },
      });
      expect(await settings(id)).toMatchObject({ blind_review: false });
    });

    it('blind review is frozen once the shortlist is confirmed, even without judging dates', async () => {
      await patch(id, { stages: { judging: null } }).expect(200);
      setNow(new Date(at(35.5)));
      await t.db.query(`UPDATE challenges SET shortlist_confirmed_at = $2 WHERE id = $1`, [id, at(35.2)]);
      const res = await patch(id, { blindReview: false }).expect(409);
      expect(res.body).toMatchObject({
        code: 'judging_settings_frozen',
        fields: { blindReview: [expect.any(String)] },
      });
      expect(await settings(id)).toMatchObject({ blind_review: true });
    });

    it('a People’s Choice prize can be added with a reason once submissions open, and counts as a prize change', async () => {
      setNow(new Date(at(2)));
      const prizes = [
        { name: 'First prize', amountPence: 500_000 },
        { name: 'Runner-up', amountPence: 200_000, count: 2 },
      ];
      const flipped = [prizes[0], { ...prizes[1], peoplesChoice: true, count: 2 }];
      expect((await patch(id, { prizes: flipped }).expect(409)).body.code).toBe('change_reason_required');
      const res = await patch(id, { prizes: flipped, changeReason: 'The runner-up prizes go to the public vote' });
      expect(res.status).toBe(200);
      expect(res.body.prizes.map((p: { peoplesChoice: boolean }) => p.peoplesChoice)).toEqual([false, true]);
    });
  });
});
