import type { ApiError, HealthResponse } from '@challenge/contract';
import { api } from '../support/api';

describe('the running API', () => {
  it('is healthy with its database up', async () => {
    const res = await api<HealthResponse>('GET', '/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves its OpenAPI document', async () => {
    const res = await api<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs/json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/health');
  });

  it('answers an unknown API route with the one error shape', async () => {
    const res = await api<ApiError>('GET', '/api/v1/no-such-route');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  it('sends security headers on every response', async () => {
    const res = await api('GET', '/api/v1/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('gives every response a request id, keeping a well-formed one from the caller', async () => {
    const generated = await api('GET', '/api/v1/no-such-route');
    expect(generated.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    const given = await api('GET', '/api/v1/health', { headers: { 'X-Request-Id': 'e2e-request-0001' } });
    expect(given.headers.get('x-request-id')).toBe('e2e-request-0001');
  });
});
