import { STRONG_PASSWORD, login, registerAndVerify, tokenFromMail } from '../../test/accounts-helpers';
import { addMember, createOrganisation, createUser } from '../../test/factories';
import { createTestChallenge, daysFrom, insertIdea } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import {
  allowances,
  counters,
  createVotingChallenge,
  myVotes,
  unvote,
  vote,
  voteRows,
  VOTES_NOW,
} from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';

describe('votes: support voting', () => {
  let t: TestApp;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    t = await createTestApp();
  });

  beforeEach(() => {
    now = jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(VOTES_NOW);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t.close();
  });

  it('a verified resident votes (201), voting again is 200 and not a second vote, and the counter goes up once', async () => {
    const c = await createVotingChallenge(t.db, { allowance: 3 });
    const voter = await createUser(t.db);
    const idea = c.ideaIds[0] ?? '';

    const first = await vote(t.http, voter, idea).expect(201);
    expect(first.body).toMatchObject({
      vote: { ideaId: idea, challengeId: c.id },
      allowance: 3,
      used: 1,
      remaining: 2,
    });
    const again = await vote(t.http, voter, idea).expect(200);
    expect(again.body).toMatchObject({ vote: { ideaId: idea, createdAt: first.body.vote.createdAt }, used: 1 });

    expect(await voteRows(t.db, idea)).toHaveLength(1);
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 1, valid_votes: 1 }]);
  });

  it('withdrawing is 204, gives the vote back and puts the counter back; withdrawing again is still 204', async () => {
    const c = await createVotingChallenge(t.db, { allowance: 2 });
    const voter = await createUser(t.db);
    const [a = '', b = ''] = c.ideaIds;
    await vote(t.http, voter, a).expect(201);
    await vote(t.http, voter, b).expect(201);

    await unvote(t.http, voter, a).expect(204);
    await unvote(t.http, voter, a).expect(204);
    expect(await counters(t.db, [a])).toEqual([{ id: a, vote_count: 0, valid_votes: 0 }]);
    const mine = await myVotes(t.http, voter, c.id).expect(200);
    expect(mine.body).toMatchObject({ allowance: 2, used: 1, remaining: 1 });
    expect(mine.body.votes).toEqual([
      { ideaId: b, title: expect.any(String), createdAt: expect.any(String), invalidated: false },
    ]);
  });

  it('my-votes lists my votes with their titles and the allowance left', async () => {
    const c = await createVotingChallenge(t.db, { allowance: 5, ideas: 3 });
    const voter = await createUser(t.db);
    const empty = await myVotes(t.http, voter, c.id).expect(200);
    expect(empty.body).toEqual({ allowance: 5, used: 0, remaining: 5, votes: [] });
    for (const idea of c.ideaIds) await vote(t.http, voter, idea).expect(201);
    const mine = await myVotes(t.http, voter, c.id).expect(200);
    expect(mine.body).toMatchObject({ allowance: 5, used: 3, remaining: 2 });
    expect(mine.body.votes.map((v: { ideaId: string }) => v.ideaId).sort()).toEqual([...c.ideaIds].sort());
  });

  it('refuses a vote beyond the allowance with allowance_exhausted, naming the allowance', async () => {
    const c = await createVotingChallenge(t.db, { allowance: 2, ideas: 3 });
    const voter = await createUser(t.db);
    const [a = '', b = '', d = ''] = c.ideaIds;
    await vote(t.http, voter, a).expect(201);
    await vote(t.http, voter, b).expect(201);
    const res = await vote(t.http, voter, d).expect(409);
    expect(res.body).toMatchObject({ code: 'allowance_exhausted', message: expect.stringContaining('2') });
    // Voting again for an idea already chosen is still fine at the limit.
    await vote(t.http, voter, a).expect(200);
    expect(await allowances(t.db, c.id)).toEqual([expect.objectContaining({ used: 2, votes: 2 })]);
  });

  it('refuses votes and withdrawals before voting opens and after it closes (voting_closed)', async () => {
    const c = await createVotingChallenge(t.db);
    const voter = await createUser(t.db);
    const idea = c.ideaIds[0] ?? '';
    await vote(t.http, voter, idea).expect(201);

    now.mockReturnValue(daysFrom(-6));
    const early = await vote(t.http, voter, c.ideaIds[1] ?? '').expect(409);
    expect(early.body).toMatchObject({ code: 'voting_closed', message: expect.stringMatching(/not opened yet/) });

    now.mockReturnValue(daysFrom(6));
    const late = await vote(t.http, voter, c.ideaIds[1] ?? '').expect(409);
    expect(late.body).toMatchObject({ code: 'voting_closed', message: expect.stringMatching(/closed/) });
    const withdraw = await unvote(t.http, voter, idea).expect(409);
    expect(withdraw.body.code).toBe('voting_closed');
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 1, valid_votes: 1 }]);
  });

  it('refuses support votes on a pairwise-only challenge (support_voting_disabled), and an upper-case idea id is the same idea', async () => {
    const c = await createVotingChallenge(t.db);
    await t.db.query(
      `UPDATE challenges SET pairwise_voting = true, public_vote_measure = 'pairwise', support_voting = false WHERE id = $1`,
      [c.id],
    );
    const idea = c.ideaIds[0] ?? '';
    const res = await vote(t.http, await createUser(t.db), idea.toUpperCase()).expect(409);
    expect(res.body.code).toBe('support_voting_disabled');
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 0, valid_votes: 0 }]);

    await t.db.query(`UPDATE challenges SET support_voting = true, public_vote_measure = 'supports' WHERE id = $1`, [
      c.id,
    ]);
    const voter = await createUser(t.db);
    await vote(t.http, voter, idea.toUpperCase()).expect(201);
    await vote(t.http, voter, idea).expect(200);
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 1, valid_votes: 1 }]);
  });

  it('refuses a challenge without a public vote (voting_closed)', async () => {
    const c = await createVotingChallenge(t.db, { voting: null });
    const res = await vote(t.http, await createUser(t.db), c.ideaIds[0] ?? '').expect(409);
    expect(res.body).toMatchObject({ code: 'voting_closed', message: 'This challenge has no public vote' });
  });

  it('refuses an unverified account (email_unverified) and a signed-out visitor (401)', async () => {
    const c = await createVotingChallenge(t.db);
    const unverified = await createUser(t.db, { verified: false });
    const res = await vote(t.http, unverified, c.ideaIds[0] ?? '').expect(403);
    expect(res.body.code).toBe('email_unverified');
    await myVotes(t.http, unverified, c.id).expect(403);
    await t
      .http()
      .put(`/api/v1/ideas/${c.ideaIds[0] ?? ''}/vote`)
      .expect(401);
    expect(await voteRows(t.db, c.ideaIds[0] ?? '')).toEqual([]);
  });

  it('refuses hidden, pending, withdrawn and draft ideas without revealing them to others', async () => {
    const c = await createVotingChallenge(t.db, { ideas: 0 });
    const voter = await createUser(t.db);
    const hidden = await insertIdea(t.db, c.id, c.author.id, { moderationStatus: 'hidden' });
    const pending = await insertIdea(t.db, c.id, c.author.id, { moderationStatus: 'pending' });
    const withdrawn = await insertIdea(t.db, c.id, c.author.id, { status: 'withdrawn' });
    const draft = await insertIdea(t.db, c.id, c.author.id, { status: 'draft' });
    for (const idea of [hidden, pending, withdrawn, draft]) {
      const res = await vote(t.http, voter, idea).expect(404);
      expect(res.body.message).toBe('No idea with that id');
    }
    await unvote(t.http, voter, hidden).expect(404);
    // The team sees its own idea, so it is told why.
    const own = await vote(t.http, c.author, hidden).expect(409);
    expect(own.body.code).toBe('idea_not_listed');
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM idea_votes WHERE idea_id = ANY($1::uuid[])`,
      [[hidden, pending, withdrawn, draft]],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('a vote on an idea that is hidden later can still be withdrawn, giving the allowance back', async () => {
    const c = await createVotingChallenge(t.db, { allowance: 1 });
    const voter = await createUser(t.db);
    const idea = c.ideaIds[0] ?? '';
    await vote(t.http, voter, idea).expect(201);
    await t.db.query(`UPDATE ideas SET moderation_status = 'hidden', hidden_reason = 'test' WHERE id = $1`, [idea]);
    await unvote(t.http, voter, idea).expect(204);
    expect(await counters(t.db, [idea])).toEqual([{ id: idea, vote_count: 0, valid_votes: 0 }]);
    await vote(t.http, voter, c.ideaIds[1] ?? '').expect(201);
  });

  it('refuses a vote for one’s own or co-authored idea (own_idea) unless the challenge allows it', async () => {
    const c = await createVotingChallenge(t.db);
    const idea = c.ideaIds[0] ?? '';
    const coauthor = await createUser(t.db);
    await t.db.query(`INSERT INTO idea_coauthors (idea_id, user_id) VALUES ($1, $2)`, [idea, coauthor.id]);
    for (const user of [c.author, coauthor]) {
      const res = await vote(t.http, user, idea).expect(403);
      expect(res.body.code).toBe('own_idea');
    }

    const lenient = await createVotingChallenge(t.db, { allowSelfVotes: true });
    await vote(t.http, lenient.author, lenient.ideaIds[0] ?? '').expect(201);
  });

  it('answers 404 for an unknown idea or challenge and 400 for a malformed id', async () => {
    const voter = await createUser(t.db);
    await vote(t.http, voter, '00000000-0000-4000-8000-000000000000').expect(404);
    await myVotes(t.http, voter, '00000000-0000-4000-8000-000000000000').expect(404);
    await vote(t.http, voter, 'not-a-uuid').expect(400);
  });

  it('keeps the ballot secret: other people and visitors see only counts, never who voted for what', async () => {
    const c = await createVotingChallenge(t.db);
    const voter = await createUser(t.db);
    const other = await createUser(t.db);
    const idea = c.ideaIds[0] ?? '';
    await vote(t.http, voter, idea).expect(201);
    const secrets = [voter.id, voter.email, voter.displayName];
    const leaks = (body: unknown): string[] => secrets.filter((s) => JSON.stringify(body).includes(s));

    for (const auth of [undefined, other, c.author]) {
      const withAuth = <T extends { set: (k: string, v: string) => T }>(req: T): T =>
        auth ? req.set('Authorization', `Bearer ${auth.token}`) : req;
      const detail = await withAuth(t.http().get(`/api/v1/ideas/${idea}`)).expect(200);
      expect(detail.body.voteCount).toBe(1);
      expect(leaks(detail.body)).toEqual([]);
      const list = await withAuth(t.http().get(`/api/v1/challenges/${c.id}/ideas?sort=top`)).expect(200);
      expect(list.body.items.find((i: { id: string }) => i.id === idea)?.voteCount).toBe(1);
      expect(leaks(list.body)).toEqual([]);
    }
    const theirs = await myVotes(t.http, other, c.id).expect(200);
    expect(theirs.body).toMatchObject({ used: 0, votes: [] });
    await t.http().get(`/api/v1/challenges/${c.id}/my-votes`).expect(401);
    await t.http().get(`/api/v1/ideas/${idea}/votes`).set('Authorization', `Bearer ${other.token}`).expect(404);
    // The fraud flags are for the hosting council's admins only.
    await t
      .http()
      .get(`/api/v1/challenges/${c.id}/vote-flags`)
      .set('Authorization', `Bearer ${other.token}`)
      .expect(403);
    await t.http().get(`/api/v1/challenges/${c.id}/vote-flags`).expect(401);
  });

  it('after erasure the votes still count but are unlinked, and re-registering with the same email cannot vote again or exceed the allowance', async () => {
    const c = await createVotingChallenge(t.db, { allowance: 2, ideas: 3 });
    const [a = '', b = '', d = ''] = c.ideaIds;
    const account = await registerAndVerify(t.http, t.db, 'voter');
    const before = { token: await login(t.http, account) };
    await vote(t.http, before, a).expect(201);
    await vote(t.http, before, b).expect(201);
    await t.http().delete('/api/v1/me').set('Authorization', `Bearer ${before.token}`).expect(204);

    const rows = await voteRows(t.db, a);
    expect(rows).toEqual([expect.objectContaining({ user_id: null })]);
    expect(await counters(t.db, [a, b])).toEqual(
      expect.arrayContaining([
        { id: a, vote_count: 1, valid_votes: 1 },
        { id: b, vote_count: 1, valid_votes: 1 },
      ]),
    );

    await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: account.email, password: STRONG_PASSWORD, displayName: 'Back again' })
      .expect(201);
    const token = await tokenFromMail(t.db, account.email, 'verify-email');
    await t.http().post('/api/v1/auth/verify-email').send({ token }).expect(200);
    const again = { token: await login(t.http, account) };

    await vote(t.http, again, a).expect(200);
    const exhausted = await vote(t.http, again, d).expect(409);
    expect(exhausted.body.code).toBe('allowance_exhausted');
    expect(await voteRows(t.db, a)).toHaveLength(1);
    expect(await voteRows(t.db, d)).toHaveLength(0);
    const mine = await myVotes(t.http, again, c.id).expect(200);
    expect(mine.body).toMatchObject({ allowance: 2, used: 2, remaining: 0 });
  });

  it('does not let council staff see votes either: my-votes is always the caller’s own', async () => {
    const org = await createOrganisation(t.db);
    const admin = await createUser(t.db);
    await addMember(t.db, org.id, admin.id, 'admin');
    const { id } = await createTestChallenge(t.db, org.id, {
      voting: { opensAt: daysFrom(-1), closesAt: daysFrom(1) },
    });
    const author = await createUser(t.db);
    const idea = await insertIdea(t.db, id, author.id);
    const voter = await createUser(t.db);
    await vote(t.http, voter, idea).expect(201);
    const res = await myVotes(t.http, admin, id).expect(200);
    expect(res.body).toMatchObject({ used: 0, votes: [] });
  });
});

// Its own apps, one at a time: the embedded database takes one connection.
describe('votes in production', () => {
  it('refuse to vote without VOTER_KEY_SECRET (503 voting_unavailable) and work with it', async () => {
    for (const [env, status] of [
      [{ NODE_ENV: 'production' }, 503],
      [{ NODE_ENV: 'production', VOTER_KEY_SECRET: 'a production secret of at least 32 characters' }, 201],
    ] as const) {
      const prod = await createTestApp(env);
      try {
        jest.spyOn(prod.app.get<Clock>(CLOCK), 'now').mockReturnValue(VOTES_NOW);
        const c = await createVotingChallenge(prod.db, { ideas: 1 });
        const voter = await createUser(prod.db);
        const res = await vote(prod.http, voter, c.ideaIds[0] ?? '').expect(status);
        if (status === 503) expect(res.body.code).toBe('voting_unavailable');
        expect(await voteRows(prod.db, c.ideaIds[0] ?? '')).toHaveLength(status === 201 ? 1 : 0);
      } finally {
        jest.restoreAllMocks();
        await prod.close();
      }
    }
  });
});
