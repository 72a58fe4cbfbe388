import { existsSync, readFileSync } from 'node:fs';
import { OPENAPI_ENV_OVERRIDES, OPENAPI_FILE, renderOpenApi } from '../../../tools/openapi';
import { createTestApp, TestApp } from './test-app';

describe('the committed OpenAPI document', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(OPENAPI_ENV_OVERRIDES);
  });

  afterAll(async () => {
    await app.close();
  });

  it('matches what the code generates (regenerate with npm run openapi)', () => {
    const generated = renderOpenApi(app.app);
    const committed = existsSync(OPENAPI_FILE) ? readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (committed !== generated) {
      throw new Error('apps/api/openapi.json is stale: run npm run openapi');
    }
  });

  it('documents the health route under the versioned prefix', () => {
    const document = JSON.parse(renderOpenApi(app.app)) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/v1/health');
  });
});
