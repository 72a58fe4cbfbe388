import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryFailedError } from 'typeorm';
import { createOrganisation, createUser } from '../../../test/factories';
import { createTestApp, TestApp } from '../../../test/test-app';
import { safeError } from '../errors/all-exceptions.filter';

describe('the HTTP edge', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    // Serve a web build too: static serving must not swallow API errors.
    webDir = mkdtempSync(join(tmpdir(), 'cc-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>app</title>');
    t = await createTestApp({ WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers malformed JSON with a 400 in the error shape, with the request id', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .set('X-Request-Id', 'bad-json-123456')
      .send('{"email": ')
      .expect(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
      requestId: 'bad-json-123456',
    });
  });

  it('refuses a body over 100 KB with 413', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: 'big@example.test', password: 'x'.repeat(200_000), displayName: 'Big' })
      .expect(413);
    expect(res.body.message).toMatch(/too large/);
  });

  it('does not parse form posts, so a cross-site form cannot sign anyone in', async () => {
    const user = await createUser(t.db);
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .type('form')
      .send({ email: user.email, password: user.password })
      .expect(400);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses NUL characters with a 400 instead of failing in the database', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: 'nul@example.test', password: 'a long enough password 1', displayName: 'Nu\u0000l' })
      .expect(400);
    expect(res.body.message).toMatch(/NUL/);
    const stored: unknown[] = await t.db.query(`SELECT 1 FROM users WHERE email = 'nul@example.test'`);
    expect(stored).toEqual([]);
  });

  it('refuses keys that object mapping would drop silently (toString, constructor, __proto__, prototype)', async () => {
    for (const key of ['toString', 'constructor', '__proto__', 'prototype', 'valueOf']) {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email":"x@example.test","password":"whatever it is","${key}":false}`)
        .expect(400);
      expect(res.body).toMatchObject({
        code: 'validation_failed',
        message: `${key}: property ${key} should not exist`,
      });
    }
  });

  it('answers an out-of-range page number with a 400', async () => {
    const admin = await createUser(t.db, { platformAdmin: true });
    const council = await createOrganisation(t.db);
    const res = await t
      .http()
      .get(`/api/v1/organisations/${council.id}/audit-log?page=1e18`)
      .set('Authorization', `Bearer ${admin.token}`);
    expect(res.status).toBe(400);
  });

  it('still serves the web app for other paths', async () => {
    const res = await t.http().get('/challenges').expect(200);
    expect(res.text).toContain('<title>app</title>');
  });
});

describe('rate limits behind proxies', () => {
  it('with TRUST_PROXY=false a client cannot escape the auth limit by inventing X-Forwarded-For', async () => {
    const t = await createTestApp({ AUTH_RATE_LIMIT: '3', TRUST_PROXY: 'false' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await t
          .http()
          .post('/api/v1/auth/forgot-password')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: 'nobody@example.test' });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([202, 202, 202, 429]);
    } finally {
      await t.close();
    }
  });
});

describe('what an unexpected error leaves in the log', () => {
  it('keeps the SQL state and message but never the query parameters', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    const error = new QueryFailedError(
      'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
      ['someone@example.test', '$argon2id$v=19$secret'],
      driverError,
    );
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('23505');
    expect(logged).not.toContain('someone@example.test');
    expect(logged).not.toContain('argon2id');
  });
});
