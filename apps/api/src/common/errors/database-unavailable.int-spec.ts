import { createUser } from '../../../test/factories';
import { startTcpProxy, TcpProxy } from '../../../test/tcp-proxy';
import { createTestApp, TestApp } from '../../../test/test-app';
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable';

/**
 * The app talks to the run's database through a TCP proxy that the test cuts: the database
 * "goes away" mid-run the way a restart looks to the driver (connections drop, new ones refused).
 */
describe('while the database cannot be reached', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let token: string;

  beforeAll(async () => {
    const real = new URL(process.env['DATABASE_URL'] ?? '');
    proxy = await startTcpProxy(real.hostname, Number(real.port || 5432));
    const viaProxy = new URL(real.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    t = await createTestApp({}, { databaseUrl: viaProxy.toString() });
    const user = await createUser(t.db);
    const login = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: user.password });
    token = login.body.accessToken;
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await t.close();
    await proxy.close();
  });

  it('answers every kind of route 503 database_unavailable with Retry-After, then serves again', async () => {
    await proxy.cut();
    const calls = {
      'GET /challenges': () => t.http().get('/api/v1/challenges'),
      'POST /auth/login': () =>
        t.http().post('/api/v1/auth/login').send({ email: 'someone@example.test', password: 'whatever it is' }),
      'GET /me': () => t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`),
      'POST /auth/forgot-password': () =>
        t.http().post('/api/v1/auth/forgot-password').send({ email: 'someone@example.test' }),
    };
    for (const [route, call] of Object.entries(calls)) {
      const res = await call();
      expect({ route, status: res.status, body: res.body }).toEqual({
        route,
        status: 503,
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          message: expect.stringMatching(/try again shortly/),
          code: 'database_unavailable',
          requestId: expect.any(String),
        },
      });
      expect(res.headers['retry-after']).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    }
    const health = await t.http().get('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.headers['retry-after']).toBe(String(DATABASE_RETRY_AFTER_SECONDS));

    await proxy.restore();
    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    await t.http().get('/api/v1/health').expect(200);
  });
});
