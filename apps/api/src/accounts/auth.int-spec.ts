import { createTestApp, TestApp } from '../../test/test-app';
import {
  cookie,
  latestMail,
  login,
  mailsTo,
  registerAndVerify,
  STRONG_PASSWORD,
  tokenFromMail,
} from '../../test/accounts-helpers';
import { uniqueEmail } from '../../test/factories';

describe('accounts: registration, verification, sign-in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (path: string) => t.http().post(`/api/v1/auth/${path}`);

  it('a person registers, verifies through the emailed link, signs in, sees their account, and signs out for good', async () => {
    const email = uniqueEmail('journey');
    const reg = await post('register')
      .send({ email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD, displayName: ' Sam Jones ' })
      .expect(201);
    expect(reg.body).toEqual({ message: expect.stringMatching(/check your email/i) });

    const mail = await latestMail(t.db, email, 'verify-email');
    expect(mail?.body_text).toMatch(/http:\/\/localhost:\d+\/verify-email\?token=[A-Za-z0-9_-]+$/m);
    const stored: { token_hash: string; expires_at: Date }[] = await t.db.query(
      `SELECT t.token_hash, t.expires_at FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
      [email],
    );
    const token = await tokenFromMail(t.db, email, 'verify-email');
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]?.token_hash).not.toContain(token);
    const hoursLeft = (new Date(stored[0]?.expires_at ?? 0).getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);

    // Unverified accounts may already sign in.
    const early = await post('login').send({ email, password: STRONG_PASSWORD }).expect(200);
    expect(early.body.user).toMatchObject({ email, emailVerified: false });

    expect((await post('verify-email').send({ token }).expect(200)).body).toEqual({ message: expect.any(String) });

    const res = await post('login')
      .set('User-Agent', 'jest-agent')
      .send({ email, password: STRONG_PASSWORD })
      .expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
      user: {
        id: expect.any(String),
        email,
        displayName: 'Sam Jones',
        emailVerified: true,
        isPlatformAdmin: false,
        locale: 'en',
        memberships: [],
        judging: [],
        createdAt: expect.any(String),
      },
    });
    const accessToken: string = res.body.accessToken;
    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(me.body).toEqual(res.body.user);

    const sessions: { user_agent: string; hours: number }[] = await t.db.query(
      `SELECT user_agent, extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM sessions
        WHERE user_id = $1 AND user_agent IS NOT NULL`,
      [me.body.id],
    );
    expect(sessions).toEqual([{ user_agent: 'jest-agent', hours: expect.anything() }]);
    expect(Math.round(Number(sessions[0]?.hours))).toBe(24 * 14);

    await post('logout').set('Authorization', `Bearer ${accessToken}`).expect(204);
    const after = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
    expect(after.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });

    const audit: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_log WHERE actor_user_id = $1 ORDER BY id`,
      [me.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['account.registered', 'account.email_verified']);
  });

  it('a cookie session works for reads and needs the CSRF header to sign out', async () => {
    const account = await registerAndVerify(t.http, t.db, 'cookie');
    const res = await post('login').send({ email: account.email, password: account.password }).expect(200);
    const sid = cookie(res.headers['set-cookie'], 'sid');
    const xsrf = cookie(res.headers['set-cookie'], 'XSRF-TOKEN');
    expect(sid?.value).toBe(res.body.accessToken);
    expect(sid?.line).toMatch(/HttpOnly/i);
    expect(sid?.line).toMatch(/SameSite=Lax/i);
    expect(sid?.line).toMatch(/Path=\//);
    expect(sid?.line).not.toMatch(/Secure/i);
    expect(xsrf?.value).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(xsrf?.line).not.toMatch(/HttpOnly/i);
    expect(xsrf?.line).toMatch(/SameSite=Lax/i);
    const cookies = `${sid?.pair}; ${xsrf?.pair}`;

    const me = await t.http().get('/api/v1/me').set('Cookie', cookies).expect(200);
    expect(me.body.email).toBe(account.email);

    const refused = await post('logout').set('Cookie', cookies).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.stringMatching(/CSRF/) });

    const out = await post('logout')
      .set('Cookie', cookies)
      .set('X-XSRF-TOKEN', xsrf?.value ?? '')
      .expect(204);
    expect(cookie(out.headers['set-cookie'], 'sid')?.line).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cookie(out.headers['set-cookie'], 'XSRF-TOKEN')?.line).toMatch(/Expires=Thu, 01 Jan 1970/);
    await t.http().get('/api/v1/me').set('Cookie', cookies).expect(401);
  });

  it('a wrong password and an unknown email get the identical answer', async () => {
    const account = await registerAndVerify(t.http, t.db, 'creds');
    const wrong = await post('login').send({ email: account.email, password: 'not the right password' }).expect(401);
    const unknown = await post('login')
      .send({ email: uniqueEmail('nobody'), password: 'not the right password' })
      .expect(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body).toMatchObject({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Email or password is incorrect',
    });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('registering with an address already in use answers the same and warns the owner by email', async () => {
    const account = await registerAndVerify(t.http, t.db, 'dup');
    const fresh = await post('register')
      .send({ email: uniqueEmail('fresh'), password: STRONG_PASSWORD, displayName: 'New' })
      .expect(201);
    const again = await post('register')
      .send({ email: account.email, password: 'another long passphrase 9', displayName: 'Impostor' })
      .expect(201);
    expect(again.body).toEqual(fresh.body);

    const mails = await mailsTo(t.db, account.email);
    expect(mails.map((m) => m.template)).toEqual(['verify-email', 'account-exists']);
    expect(mails[1]?.subject).toMatch(/someone tried to register/i);
    expect(mails[1]?.body_text).toMatch(/reset your password/i);
    // The original password still works and nothing about the account changed.
    const token = await login(t.http, account);
    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.displayName).toBe(account.displayName);
  });

  it.each([
    [
      'an unknown field',
      { email: uniqueEmail(), password: STRONG_PASSWORD, displayName: 'A', isPlatformAdmin: true },
      'isPlatformAdmin',
      /should not exist/,
    ],
    [
      'a malformed email',
      { email: 'not-an-email', password: STRONG_PASSWORD, displayName: 'A' },
      'email',
      /valid email/,
    ],
    [
      'a short password',
      { email: uniqueEmail(), password: 'short1', displayName: 'A' },
      'password',
      /at least 12 characters/,
    ],
    [
      'a common password',
      { email: uniqueEmail(), password: 'password1234', displayName: 'A' },
      'password',
      /too common/,
    ],
    [
      'a password containing the email',
      { email: 'kestrelwatcher@example.test', password: 'KestrelWatcher-2026!', displayName: 'A' },
      'password',
      /email/,
    ],
    ['a missing display name', { email: uniqueEmail(), password: STRONG_PASSWORD }, 'displayName', /between 1 and 100/],
    [
      'an unknown locale',
      { email: uniqueEmail(), password: STRONG_PASSWORD, displayName: 'A', locale: 'fr' },
      'locale',
      /one of: en, cy/,
    ],
  ])('registration with %s is refused with a message naming the field', async (_, body, field, pattern) => {
    const res = await post('register').send(body).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'validation_failed' });
    expect(res.body.message).toContain(field);
    expect(res.body.fields[field].join(' ')).toMatch(pattern);
  });

  it('a verification token works once; unknown and used tokens are refused with a clear message', async () => {
    const email = uniqueEmail('once');
    await post('register').send({ email, password: STRONG_PASSWORD, displayName: 'Once' }).expect(201);
    const token = await tokenFromMail(t.db, email, 'verify-email');

    const unknown = await post('verify-email').send({ token: 'no-such-token' }).expect(400);
    expect(unknown.body).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/not valid/),
      code: 'token_invalid',
    });
    const ok = await post('verify-email').send({ token });
    expect(ok.body).toEqual({ message: expect.stringMatching(/verified/) });
    const used = await post('verify-email').send({ token }).expect(400);
    expect(used.body).toMatchObject({ message: expect.stringMatching(/already been used/), code: 'token_used' });
    await post('verify-email').send({}).expect(400);
  });

  it('an expired verification token is refused', async () => {
    const email = uniqueEmail('expired');
    await post('register').send({ email, password: STRONG_PASSWORD, displayName: 'Late' }).expect(201);
    const token = await tokenFromMail(t.db, email, 'verify-email');
    await t.db.query(
      `UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    const res = await post('verify-email').send({ token }).expect(400);
    expect(res.body).toMatchObject({ message: expect.stringMatching(/expired/), code: 'token_expired' });
  });

  it('resending verification mails only live unverified accounts, and answers the same for everyone', async () => {
    const unverified = uniqueEmail('resend');
    await post('register').send({ email: unverified, password: STRONG_PASSWORD, displayName: 'Resend' }).expect(201);
    const verified = await registerAndVerify(t.http, t.db, 'resent-verified');
    const a = await post('resend-verification').send({ email: unverified }).expect(202);
    const b = await post('resend-verification').send({ email: verified.email }).expect(202);
    const c = await post('resend-verification')
      .send({ email: uniqueEmail('ghost') })
      .expect(202);
    expect(a.body).toEqual(b.body);
    expect(b.body).toEqual(c.body);
    expect((await mailsTo(t.db, unverified)).filter((m) => m.template === 'verify-email')).toHaveLength(2);
    expect((await mailsTo(t.db, verified.email)).filter((m) => m.template === 'verify-email')).toHaveLength(1);

    await post('verify-email')
      .send({ token: await tokenFromMail(t.db, unverified, 'verify-email') })
      .expect(200);
  });

  it('a password reset signs out every session, and only the new password works', async () => {
    const account = await registerAndVerify(t.http, t.db, 'reset');
    const oldTokens = [await login(t.http, account), await login(t.http, account)];

    const unknown = await post('forgot-password')
      .send({ email: uniqueEmail('ghost') })
      .expect(202);
    const known = await post('forgot-password').send({ email: account.email }).expect(202);
    expect(known.body).toEqual(unknown.body);
    const mail = await latestMail(t.db, account.email, 'reset-password');
    expect(mail?.body_text).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]+$/m);
    const token = await tokenFromMail(t.db, account.email, 'reset-password');
    const ttl: { minutes: number }[] = await t.db.query(
      `SELECT extract(epoch FROM t.expires_at - t.created_at) / 60 AS minutes FROM user_tokens t JOIN users u ON u.id = t.user_id
        WHERE u.email = $1 AND t.purpose = 'reset_password'`,
      [account.email],
    );
    expect(Math.round(Number(ttl[0]?.minutes))).toBe(60);

    const weak = await post('reset-password').send({ token, password: 'password1234' }).expect(400);
    expect(weak.body.message).toMatch(/password/);

    const newPassword = 'a brand new passphrase 77';
    await post('reset-password').send({ token, password: newPassword }).expect(200);
    for (const old of oldTokens) await t.http().get('/api/v1/me').set('Authorization', `Bearer ${old}`).expect(401);
    await post('login').send({ email: account.email, password: account.password }).expect(401);
    await login(t.http, { email: account.email, password: newPassword });
    const reused = await post('reset-password').send({ token, password: 'yet another passphrase 88' }).expect(400);
    expect(reused.body.code).toBe('token_used');

    const audit: { action: string }[] = await t.db.query(
      `SELECT a.action FROM audit_log a JOIN users u ON u.id = a.actor_user_id WHERE u.email = $1 ORDER BY a.id`,
      [account.email],
    );
    expect(audit.map((a) => a.action)).toContain('account.password_reset');
  });

  it('a password reset also verifies the address it was sent to', async () => {
    const email = uniqueEmail('reset-verifies');
    await post('register').send({ email, password: STRONG_PASSWORD, displayName: 'Unverified' }).expect(201);
    await post('forgot-password').send({ email }).expect(202);
    await post('reset-password')
      .send({ token: await tokenFromMail(t.db, email, 'reset-password'), password: 'fresh passphrase for 2027' })
      .expect(200);
    const res = await post('login').send({ email, password: 'fresh passphrase for 2027' }).expect(200);
    expect(res.body.user.emailVerified).toBe(true);
  });

  it('signing out needs a session', async () => {
    const res = await post('logout').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });
});
