import { responseProblems, type ObservedResponse } from '../../../tools/response-validator';

const health = (overrides: Partial<ObservedResponse> = {}): ObservedResponse => ({
  method: 'GET',
  url: '/api/v1/health?x=1',
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body: { status: 'ok', database: 'up', version: '1.0.0' },
  hasBody: true,
  ...overrides,
});

describe('the response validator (responses against the committed OpenAPI document)', () => {
  it('accepts a response as documented', () => {
    expect(responseProblems(health())).toEqual([]);
  });

  it('refuses an undocumented field, a missing field and a wrong value', () => {
    expect(responseProblems(health({ body: { status: 'ok', database: 'up', version: '1', extra: true } }))).toEqual([
      '(body) must NOT have additional properties "extra"',
    ]);
    expect(responseProblems(health({ body: { status: 'ok', database: 'up' } }))).toEqual([
      "(body) must have required property 'version'",
    ]);
    expect(responseProblems(health({ body: { status: 'fine', database: 'up', version: '1' } }))).toEqual([
      '/status must be equal to one of the allowed values: ["ok","degraded"]',
    ]);
  });

  it('refuses an undocumented status or content type', () => {
    expect(responseProblems(health({ status: 418 }))[0]).toMatch(/^status 418 is not documented/);
    expect(responseProblems(health({ contentType: 'text/html' }))[0]).toMatch(/^content type "text\/html"/);
  });

  it('checks error bodies against the one error shape, also on unknown routes', () => {
    const error = { statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/v1/nope', requestId: 'r1' };
    expect(responseProblems(health({ url: '/api/v1/nope', status: 404, body: error }))).toEqual([]);
    expect(responseProblems(health({ url: '/api/v1/nope', status: 404, body: { ...error, stack: 'x' } }))).toEqual([
      '(body) must NOT have additional properties "stack"',
    ]);
  });

  it('picks the literal route over a parameter and refuses unknown operations', () => {
    expect(responseProblems(health({ method: 'DELETE', status: 200 }))[0]).toBe(
      'no operation DELETE /api/v1/health in the document',
    );
  });
});
