import { createTestApp, TestApp } from '../../../test/test-app';
import { MAX_BODY_DEPTH, MAX_BODY_VALUES } from './request-pipeline';

/** The two crashes a stranger could cause before (issue #12): each is now a 4xx naming the problem. */
describe('bodies a stranger can send', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 2,000 nested brackets with a 400 before validation can recurse', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('['.repeat(2000) + ']'.repeat(2000))
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'body_too_deep' });
    expect(res.body.message).toContain(`${MAX_BODY_DEPTH} levels at most`);
  });

  it('answers deeply nested objects inside a field with a 400 on every JSON route', async () => {
    let nested: unknown = 'leaf';
    for (let i = 0; i < 3000; i += 1) nested = { a: nested };
    for (const path of ['/api/v1/auth/register', '/api/v1/challenges', '/api/v1/auth/forgot-password']) {
      const res = await t.http().post(path).send({ email: 'deep@example.test', extra: nested });
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 400, code: 'body_too_deep' });
    }
  });

  it('accepts a body exactly at the depth limit (and refuses it for its fields, not its shape)', async () => {
    let nested: unknown = 1;
    for (let i = 0; i < MAX_BODY_DEPTH - 1; i += 1) nested = [nested];
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'a@example.test', password: nested });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.message).toMatch(/password/);
  });

  it('answers a body with more keys and items than allowed with a 413', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'a@example.test', password: 'x', list: Array.from({ length: MAX_BODY_VALUES + 1 }, () => 0) })
      .expect(413);
    expect(res.body.code).toBe('body_too_many_values');
  });

  it('answers a lone surrogate in an email with a 400 naming the field, not URI malformed', async () => {
    for (const path of ['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/auth/forgot-password']) {
      const res = await t
        .http()
        .post(path)
        .set('Content-Type', 'application/json')
        .send('{"email":"\\ud800@x.org","password":"a long enough password 1","displayName":"Sam"}');
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.message).toMatch(/^email /);
      expect(res.body.message).not.toMatch(/URI malformed/);
    }
  });

  it('names the nested field that holds a lone surrogate', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email":"ok@example.test","password":"a long enough password 1","displayName":"Sa\\udc00m"}')
      .expect(400);
    expect(res.body.message).toMatch(/^displayName contains a character that is not valid Unicode/);
  });

  it('keeps well-formed astral characters (emoji, Welsh, RTL marks) working', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: 'emoji@example.test', password: 'a long enough password 1', displayName: 'Siân 🌱 \u202eabc' })
      .expect(201);
    expect(res.body.message).toBeDefined();
  });
});
