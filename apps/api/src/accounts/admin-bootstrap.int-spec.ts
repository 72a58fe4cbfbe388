import { createTestApp } from '../../test/test-app';
import { STRONG_PASSWORD } from '../../test/accounts-helpers';
import { createUser, uniqueEmail } from '../../test/factories';

type AdminRow = { id: string; is_platform_admin: boolean; verified: boolean; password_hash: string };

describe('accounts: the platform admin from ADMIN_EMAIL', () => {
  const adminRows = async (db: import('typeorm').DataSource, email: string): Promise<AdminRow[]> =>
    db.query(
      `SELECT id, is_platform_admin, email_verified_at IS NOT NULL AS verified, password_hash FROM users WHERE email = $1`,
      [email],
    );

  it('is created verified at start-up, can sign in, and a second start neither duplicates nor fails', async () => {
    const email = uniqueEmail('admin');
    const env = { ADMIN_EMAIL: email.toUpperCase(), ADMIN_PASSWORD: STRONG_PASSWORD };
    const first = await createTestApp(env);
    try {
      const rows = await adminRows(first.db, email);
      expect(rows).toEqual([expect.objectContaining({ is_platform_admin: true, verified: true })]);
      const res = await first.http().post('/api/v1/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
      expect(res.body.user).toMatchObject({ email, isPlatformAdmin: true, emailVerified: true });
      const audit: unknown[] = await first.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'platform_admin.bootstrapped' AND target_id = $1`,
        [rows[0]?.id],
      );
      expect(audit).toHaveLength(1);
    } finally {
      await first.close();
    }

    const second = await createTestApp({ ...env, ADMIN_PASSWORD: 'a different password 123' });
    try {
      const rows = await adminRows(second.db, email);
      expect(rows).toHaveLength(1);
      // The existing password is kept.
      await second.http().post('/api/v1/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
      const audit: unknown[] = await second.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'platform_admin.bootstrapped' AND target_id = $1`,
        [rows[0]?.id],
      );
      expect(audit).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('promotes an existing verified account without changing its password', async () => {
    const probe = await createTestApp();
    const existing = await createUser(probe.db, { platformAdmin: false });
    await probe.close();

    const app = await createTestApp({ ADMIN_EMAIL: existing.email, ADMIN_PASSWORD: 'not their password 456' });
    try {
      expect(await adminRows(app.db, existing.email)).toEqual([
        expect.objectContaining({ id: existing.id, is_platform_admin: true }),
      ]);
      const res = await app
        .http()
        .post('/api/v1/auth/login')
        .send({ email: existing.email, password: existing.password })
        .expect(200);
      expect(res.body.user.isPlatformAdmin).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('takes over an unverified account registered with ADMIN_EMAIL: the squatter’s password and sessions stop working', async () => {
    const probe = await createTestApp();
    const squatter = await createUser(probe.db, { platformAdmin: false, verified: false });
    await probe.close();

    const adminPassword = 'the operator chose this 789';
    const app = await createTestApp({ ADMIN_EMAIL: squatter.email, ADMIN_PASSWORD: adminPassword });
    try {
      expect(await adminRows(app.db, squatter.email)).toEqual([
        expect.objectContaining({ id: squatter.id, is_platform_admin: true }),
      ]);
      await app.http().get('/api/v1/me').set('Authorization', `Bearer ${squatter.token}`).expect(401);
      await app
        .http()
        .post('/api/v1/auth/login')
        .send({ email: squatter.email, password: squatter.password })
        .expect(401);
      const res = await app
        .http()
        .post('/api/v1/auth/login')
        .send({ email: squatter.email, password: adminPassword })
        .expect(200);
      expect(res.body.user).toMatchObject({ isPlatformAdmin: true, emailVerified: true });
    } finally {
      await app.close();
    }
  });

  // Two replicas at once need two connections; the embedded database has only one.
  const onServer = Number(process.env['DB_POOL_MAX'] ?? '1') > 1 ? it : it.skip;
  onServer('two replicas starting at the same moment create exactly one admin', async () => {
    const email = uniqueEmail('race');
    const env = { ADMIN_EMAIL: email, ADMIN_PASSWORD: STRONG_PASSWORD };
    const apps = await Promise.all([createTestApp(env), createTestApp(env)]);
    try {
      expect(await adminRows(apps[0].db, email)).toHaveLength(1);
    } finally {
      await Promise.all(apps.map((a) => a.close()));
    }
  });
});
