import { createTestApp, TestApp } from '../../test/test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database as up, with a request id on the response', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a well-formed incoming request id', async () => {
    const res = await t.http().get('/api/v1/health').set('X-Request-Id', 'trace-12345678').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-12345678');
  });

  it('answers an unknown route with the standard error shape', async () => {
    const res = await t.http().get('/api/v1/no-such-thing').expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: expect.stringContaining('/api/v1/no-such-thing'),
      requestId: expect.any(String),
    });
  });
});
