import { createTestApp, TestApp } from '../../test/test-app';
import { login, mailsTo, registerAndVerify, STRONG_PASSWORD, tokenFromMail } from '../../test/accounts-helpers';
import { addMember, createOrganisation, createUser } from '../../test/factories';
import { createVotingChallenge, vote, VOTES_NOW } from '../../test/votes-helpers';
import { CLOCK, Clock } from '../common/clock';

describe('accounts: my profile, my data export and erasure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const auth = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

  it('my account lists the councils I belong to with my role', async () => {
    const account = await registerAndVerify(t.http, t.db, 'member');
    const token = await login(t.http, account);
    const me = await t
      .http()
      .get('/api/v1/me')
      .set(...auth(token))
      .expect(200);
    const council = await createOrganisation(t.db);
    await addMember(t.db, council.id, me.body.id, 'moderator');

    const res = await t
      .http()
      .get('/api/v1/me')
      .set(...auth(token))
      .expect(200);
    expect(res.body.memberships).toEqual([
      { organisationId: council.id, organisationName: council.name, role: 'moderator' },
    ]);
  });

  it('I can change my display name and language, and nothing else', async () => {
    const account = await registerAndVerify(t.http, t.db, 'profile');
    const token = await login(t.http, account);
    const res = await t
      .http()
      .patch('/api/v1/me')
      .set(...auth(token))
      .send({ displayName: '  Siân  ', locale: 'cy' })
      .expect(200);
    expect(res.body).toMatchObject({ displayName: 'Siân', locale: 'cy', email: account.email });
    const partial = await t
      .http()
      .patch('/api/v1/me')
      .set(...auth(token))
      .send({ locale: 'en' })
      .expect(200);
    expect(partial.body).toMatchObject({ displayName: 'Siân', locale: 'en' });

    const refused = await t
      .http()
      .patch('/api/v1/me')
      .set(...auth(token))
      .send({ isPlatformAdmin: true, displayName: '' })
      .expect(400);
    expect(refused.body.fields).toEqual({
      isPlatformAdmin: [expect.stringMatching(/should not exist/)],
      displayName: [expect.any(String)],
    });
    await t.http().patch('/api/v1/me').send({ locale: 'cy' }).expect(401);
  });

  it('my data export holds my account, sessions, actions and emails, and no secrets', async () => {
    const account = await registerAndVerify(t.http, t.db, 'export');
    const token = await login(t.http, account);
    const res = await t
      .http()
      .get('/api/v1/me/export')
      .set(...auth(token))
      .expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="my-data.json"');
    expect(res.body).toEqual({
      exportedAt: expect.any(String),
      account: expect.objectContaining({ email: account.email, displayName: account.displayName, emailVerified: true }),
      sessions: [{ createdAt: expect.any(String), expiresAt: expect.any(String), revokedAt: null, userAgent: null }],
      auditTrail: expect.arrayContaining([
        expect.objectContaining({ action: 'account.registered', targetType: 'user' }),
      ]),
      emails: [
        {
          createdAt: expect.any(String),
          subject: 'Verify your email address / Dilyswch eich cyfeiriad e-bost',
          template: 'verify-email',
        },
      ],
      votes: [],
      pairwiseAnswers: [],
    });

    const secrets: { password_hash: string; token_hash: string }[] = await t.db.query(
      `SELECT u.password_hash, s.token_hash FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.email = $1`,
      [account.email],
    );
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(secrets[0]?.password_hash);
    expect(text).not.toContain(secrets[0]?.token_hash);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/hash|argon2/i);
  });

  it('my data export lists my own votes and pairwise answers, and nobody else’s', async () => {
    const now = jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(VOTES_NOW);
    try {
      const challenge = await createVotingChallenge(t.db, { ideas: 3 });
      const me = await createUser(t.db);
      const other = await createUser(t.db);
      await vote(t.http, me, challenge.ideaIds[0] ?? '').expect(201);
      await vote(t.http, other, challenge.ideaIds[1] ?? '').expect(201);
      const [low, high] = [...challenge.ideaIds.slice(1, 3)].sort();
      await t.db.query(
        `INSERT INTO pairwise_comparisons (challenge_id, voter_key, user_id, idea_low, idea_high, winner_idea_id)
         VALUES ($1, 'k', $2, $3, $4, $4)`,
        [challenge.id, me.id, low, high],
      );
      const res = await t
        .http()
        .get('/api/v1/me/export')
        .set(...auth(me.token))
        .expect(200);
      expect(res.body.votes).toEqual([
        {
          challengeId: challenge.id,
          ideaId: challenge.ideaIds[0],
          ideaTitle: expect.any(String),
          createdAt: expect.any(String),
          invalidated: false,
        },
      ]);
      expect(res.body.pairwiseAnswers).toEqual([
        { challengeId: challenge.id, ideaIds: [low, high], winnerIdeaId: high, createdAt: expect.any(String) },
      ]);
    } finally {
      now.mockRestore();
    }
  });

  it('after erasure I cannot sign in, my token is dead, my personal data is gone, and my address can register again', async () => {
    const account = await registerAndVerify(t.http, t.db, 'erase');
    const token = await login(t.http, account);
    const other = await login(t.http, account);
    const me = await t
      .http()
      .get('/api/v1/me')
      .set(...auth(token))
      .expect(200);
    const userId: string = me.body.id;
    const council = await createOrganisation(t.db);
    await addMember(t.db, council.id, userId, 'admin');
    const colleague = await createUser(t.db);
    await addMember(t.db, council.id, colleague.id, 'admin');

    await t
      .http()
      .delete('/api/v1/me')
      .set(...auth(token))
      .expect(204);

    await t
      .http()
      .get('/api/v1/me')
      .set(...auth(token))
      .expect(401);
    await t
      .http()
      .get('/api/v1/me')
      .set(...auth(other))
      .expect(401);
    const signIn = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(401);
    expect(signIn.body.message).toBe('Email or password is incorrect');

    const rows: Record<string, unknown>[] = await t.db.query(
      `SELECT email, password_hash, display_name, erased_at IS NOT NULL AS erased FROM users WHERE id = $1`,
      [userId],
    );
    expect(rows).toEqual([{ email: null, password_hash: null, display_name: 'Deleted user', erased: true }]);
    const left: { sessions: string; live: string; tokens: string; members: string }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM sessions WHERE user_id = $1) AS sessions,
              (SELECT count(*) FROM sessions WHERE user_id = $1 AND revoked_at IS NULL) AS live,
              (SELECT count(*) FROM user_tokens WHERE user_id = $1) AS tokens,
              (SELECT count(*) FROM organisation_members WHERE user_id = $1) AS members`,
      [userId],
    );
    expect(left[0]).toMatchObject({ sessions: '0', live: '0', tokens: '0', members: '0' });
    expect(await mailsTo(t.db, account.email)).toEqual([]);
    const audit: { action: string; details: Record<string, unknown> }[] = await t.db.query(
      `SELECT action, details FROM audit_log WHERE actor_user_id = $1 AND action = 'account.erased'`,
      [userId],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain(account.email);

    await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: account.email, password: STRONG_PASSWORD, displayName: 'Back again' })
      .expect(201);
    const verifyToken = await tokenFromMail(t.db, account.email, 'verify-email');
    await t.http().post('/api/v1/auth/verify-email').send({ token: verifyToken }).expect(200);
    const again = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: STRONG_PASSWORD })
      .expect(200);
    expect(again.body.user).toMatchObject({ displayName: 'Back again', emailVerified: true, memberships: [] });
    expect(again.body.user.id).not.toBe(userId);
  });

  it('the only admin of a council cannot erase their account until someone else is admin there', async () => {
    const sole = await createUser(t.db);
    const council = await createOrganisation(t.db);
    await addMember(t.db, council.id, sole.id, 'admin');

    const refused = await t.http().delete('/api/v1/me').set('Authorization', `Bearer ${sole.token}`).expect(409);
    expect(refused.body).toMatchObject({ code: 'sole_admin', message: expect.stringContaining(council.name) });
    const still: { email: string | null }[] = await t.db.query(`SELECT email FROM users WHERE id = $1`, [sole.id]);
    expect(still).toEqual([{ email: sole.email }]);

    const colleague = await createUser(t.db);
    await addMember(t.db, council.id, colleague.id, 'admin');
    await t.http().delete('/api/v1/me').set('Authorization', `Bearer ${sole.token}`).expect(204);
  });

  it('erasure needs a session', async () => {
    await t.http().delete('/api/v1/me').expect(401);
  });
});
