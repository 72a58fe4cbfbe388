import { createTestApp, TestApp } from '../../test/test-app';
import { registerAndVerify, STRONG_PASSWORD, tokenFromMail } from '../../test/accounts-helpers';
import { uniqueEmail } from '../../test/factories';

/** Issue #12: an older emailed link never outlives a newer one or a completed reset. */
describe('accounts: a newer link or a completed reset retires the older links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (path: string) => t.http().post(`/api/v1/auth/${path}`);
  const forgot = async (email: string): Promise<string> => {
    await post('forgot-password').send({ email }).expect(202);
    return tokenFromMail(t.db, email, 'reset-password');
  };

  it('an unused older reset link does not work after a newer one was used', async () => {
    const account = await registerAndVerify(t.http, t.db, 'reset-old');
    const first = await forgot(account.email);
    const second = await forgot(account.email);
    expect(second).not.toBe(first);
    await post('reset-password').send({ token: second, password: 'second new passphrase 2027' }).expect(200);
    const old = await post('reset-password').send({ token: first, password: 'attacker passphrase 2027' });
    expect(old.status).toBe(400);
    expect(old.body.code).toBe('token_superseded');
    await post('login').send({ email: account.email, password: 'second new passphrase 2027' }).expect(200);
    await post('login').send({ email: account.email, password: 'attacker passphrase 2027' }).expect(401);
  });

  it('asking for a new reset link retires the previous one at once', async () => {
    const account = await registerAndVerify(t.http, t.db, 'reset-new');
    const first = await forgot(account.email);
    await forgot(account.email);
    const res = await post('reset-password').send({ token: first, password: 'another passphrase 2027' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/replaced by a newer one/);
    await post('login').send({ email: account.email, password: STRONG_PASSWORD }).expect(200);
  });

  it('a resent verification link retires the older one, and verifying retires every other', async () => {
    const email = uniqueEmail('verify-new');
    await post('register').send({ email, password: STRONG_PASSWORD, displayName: 'Verify New' }).expect(201);
    const first = await tokenFromMail(t.db, email, 'verify-email');
    await post('resend-verification').send({ email }).expect(202);
    const second = await tokenFromMail(t.db, email, 'verify-email');
    const old = await post('verify-email').send({ token: first });
    expect(old.status).toBe(400);
    expect(old.body.code).toBe('token_superseded');
    await post('verify-email').send({ token: second }).expect(200);
  });

  it('the database keeps at most one live link of each purpose per account', async () => {
    const account = await registerAndVerify(t.http, t.db, 'reset-many');
    await Promise.all([forgot(account.email), forgot(account.email), forgot(account.email)]);
    const open: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM user_tokens tk JOIN users u ON u.id = tk.user_id
        WHERE u.email = $1 AND tk.purpose = 'reset_password' AND tk.used_at IS NULL AND tk.superseded_at IS NULL`,
      [account.email],
    );
    expect(open[0]?.n).toBe(1);
  });
});
