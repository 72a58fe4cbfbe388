import { createTestApp, TestApp } from '../../test/test-app';
import { fakeClientIp } from '../../test/accounts-helpers';
import { uniqueEmail } from '../../test/factories';
import { TOO_MANY_ATTEMPTS } from './auth-throttler.guard';

/** Four sign-in attempts from one client address against a limit of three. */
async function expectFourthAttemptRefused(t: TestApp): Promise<void> {
  const ip = fakeClientIp();
  const attempt = () =>
    t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: uniqueEmail('throttle'), password: 'wrong password here' });
  for (let i = 0; i < 3; i++) await attempt().expect(401);
  const res = await attempt().expect(429);
  expect(res.body).toEqual({
    statusCode: 429,
    error: 'Too Many Requests',
    message: TOO_MANY_ATTEMPTS,
    requestId: expect.any(String),
  });
  expect(Number(res.headers['retry-after-auth'])).toBeGreaterThan(0);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  // Another client address is not affected.
  await t
    .http()
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', fakeClientIp())
    .send({ email: uniqueEmail(), password: 'wrong password here' })
    .expect(401);
}

describe('accounts: rate limiting of sign-in and recovery (in memory)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT: '3' });
  });
  afterEach(() => t.close());

  it('the fourth sign-in attempt within the window is refused with 429 in the usual error shape', async () => {
    await expectFourthAttemptRefused(t);
  });

  it('forgot-password is limited too, but reading my account is not', async () => {
    const ip = fakeClientIp();
    for (let i = 0; i < 3; i++)
      await t
        .http()
        .post('/api/v1/auth/forgot-password')
        .set('X-Forwarded-For', ip)
        .send({ email: uniqueEmail() })
        .expect(202);
    await t
      .http()
      .post('/api/v1/auth/forgot-password')
      .set('X-Forwarded-For', ip)
      .send({ email: uniqueEmail() })
      .expect(429);
    for (let i = 0; i < 5; i++) await t.http().get('/api/v1/health').set('X-Forwarded-For', ip).expect(200);
    for (let i = 0; i < 5; i++)
      await t.http().post('/api/v1/auth/verify-email').set('X-Forwarded-For', ip).send({ token: 'nope' }).expect(400);
  });
});

const describeWithRedis = process.env['REDIS_URL'] ? describe : describe.skip;

describeWithRedis('accounts: rate limiting shared through Redis', () => {
  const redisUrl = process.env['REDIS_URL'] ?? '';

  it('the fourth sign-in attempt is refused, counted in Redis', async () => {
    const t = await createTestApp({ AUTH_RATE_LIMIT: '3', REDIS_URL: redisUrl });
    try {
      await expectFourthAttemptRefused(t);
    } finally {
      await t.close();
    }
  });

  it('two replicas sharing Redis share one count', async () => {
    const a = await createTestApp({ AUTH_RATE_LIMIT: '3', REDIS_URL: redisUrl });
    const b = await createTestApp({ AUTH_RATE_LIMIT: '3', REDIS_URL: redisUrl });
    try {
      // A random client address (one of 16 million), so counts left in Redis by earlier runs cannot interfere.
      const ip = fakeClientIp();
      const attempt = (t: TestApp) =>
        t
          .http()
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ email: uniqueEmail('shared'), password: 'wrong password here' });
      await attempt(a).expect(401);
      await attempt(b).expect(401);
      await attempt(a).expect(401);
      const res = await attempt(b).expect(429);
      expect(res.body.message).toBe(TOO_MANY_ATTEMPTS);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
