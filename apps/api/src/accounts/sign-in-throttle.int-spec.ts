import { createTestApp, TestApp } from '../../test/test-app';
import { fakeClientIp, registerAndVerify, STRONG_PASSWORD } from '../../test/accounts-helpers';
import { uniqueEmail } from '../../test/factories';
import { FREE_FAILURES } from './sign-in-throttle';

const wrong = (t: TestApp, email: string) =>
  t
    .http()
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', fakeClientIp())
    .send({ email, password: 'a wrong guess 123' });

/**
 * Guesses at one account from many addresses (each address under its own limit) are slowed
 * per account; the owner is slowed too, never banned, and a success clears the count.
 */
async function expectAccountSlowedAcrossAddresses(a: TestApp, b: TestApp): Promise<void> {
  const account = await registerAndVerify(a.http, a.db, 'slowed');
  for (let i = 0; i < FREE_FAILURES; i += 1) await wrong(i % 2 === 0 ? a : b, account.email).expect(401);
  const slowed = await wrong(b, account.email).expect(429);
  expect(slowed.body).toMatchObject({ statusCode: 429, code: 'sign_in_slowed' });
  expect(slowed.body.message).toMatch(/try again in \d+ seconds/);
  const retryAfter = Number(slowed.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(2);
  // Even the right password waits (or guessing would not be slowed), on every replica.
  await a.http().post('/api/v1/auth/login').send({ email: account.email, password: STRONG_PASSWORD }).expect(429);
  // Another account is not affected.
  await wrong(a, uniqueEmail('bystander')).expect(401);
  await new Promise((r) => setTimeout(r, retryAfter * 1000 + 200));
  await b.http().post('/api/v1/auth/login').send({ email: account.email, password: STRONG_PASSWORD }).expect(200);
  // The success cleared the count: five more free failures.
  for (let i = 0; i < FREE_FAILURES; i += 1) await wrong(a, account.email).expect(401);
}

describe('accounts: per-account sign-in slow-down counted in the database (no Redis)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp();
    // The embedded database takes one connection: there the second "replica" is the same app.
    b = process.env['CC_SERVER_DATABASE_URL'] ? await createTestApp() : a;
  });
  afterAll(async () => {
    if (b !== a) await b.close();
    await a.close();
  });

  it('two replicas share one count per account, and the delay ends', async () => {
    await expectAccountSlowedAcrossAddresses(a, b);
  });

  it('a password reset ends the slow-down at once', async () => {
    const account = await registerAndVerify(a.http, a.db, 'slowed-reset');
    for (let i = 0; i < FREE_FAILURES + 1; i += 1) await wrong(a, account.email);
    await wrong(a, account.email).expect(429);
    const stored: { account_hash: string }[] = await a.db.query(`SELECT account_hash FROM sign_in_failures`);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.account_hash))).toBe(true);
    await a.db.query(`UPDATE sign_in_failures SET failures = 40`);
    await a.http().post('/api/v1/auth/forgot-password').send({ email: account.email }).expect(202);
    const { tokenFromMail } = await import('../../test/accounts-helpers');
    const token = await tokenFromMail(a.db, account.email, 'reset-password');
    await a
      .http()
      .post('/api/v1/auth/reset-password')
      .send({ token, password: 'my fresh passphrase 2027' })
      .expect(200);
    await a
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: 'my fresh passphrase 2027' })
      .expect(200);
  });

  it('an address with no account is slowed the same way, so the answer reveals nothing', async () => {
    const nobody = uniqueEmail('nobody');
    for (let i = 0; i < FREE_FAILURES; i += 1) await wrong(a, nobody).expect(401);
    const res = await wrong(a, nobody).expect(429);
    expect(res.body.code).toBe('sign_in_slowed');
  });
});

const describeWithRedis = process.env['REDIS_URL'] && process.env['CC_SERVER_DATABASE_URL'] ? describe : describe.skip;

describeWithRedis('accounts: per-account sign-in slow-down counted in Redis', () => {
  it('two replicas sharing Redis share one count per account', async () => {
    const redisUrl = process.env['REDIS_URL'] ?? '';
    const a = await createTestApp({ REDIS_URL: redisUrl });
    const b = await createTestApp({ REDIS_URL: redisUrl });
    try {
      await a.db.query(`DELETE FROM sign_in_failures`);
      await expectAccountSlowedAcrossAddresses(a, b);
      const rows: unknown[] = await a.db.query(`SELECT 1 FROM sign_in_failures`);
      expect(rows).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
