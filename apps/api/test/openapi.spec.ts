import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateContractSchemas, SCHEMAS_FILE, TYPES_FILE } from '../../../tools/contract-schemas';
import { OPENAPI_ENV_OVERRIDES, OPENAPI_FILE, renderOpenApi } from '../../../tools/openapi';
import { createTestApp, TestApp } from './test-app';

/** tools/api-client.ts writes it; not imported here, since openapi-typescript cannot load under Jest. */
const CLIENT_SCHEMA_FILE = resolve(__dirname, '../../api-e2e/src/client/schema.ts');

const committed = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8') : '');

type Operation = { summary?: string; security?: unknown[]; responses: Record<string, { content?: unknown }> };

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
    if (committed(OPENAPI_FILE) !== generated) {
      throw new Error('apps/api/openapi.json is stale: run npm run openapi');
    }
  });

  it('has response schemas generated from the current contract types (regenerate with npm run openapi)', () => {
    const { schemas, types } = generateContractSchemas();
    expect(committed(SCHEMAS_FILE)).toBe(`${JSON.stringify(schemas, null, 2)}\n`);
    expect(committed(TYPES_FILE)).toBe(types);
  }, 240_000);

  it('has a typed client generated from the committed document (regenerate with npm run openapi)', () => {
    // openapi-typescript's dependencies are ES modules, which Jest cannot load: render in a child process.
    const root = resolve(__dirname, '../../..');
    const rendered = execFileSync(
      process.execPath,
      ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'tools/render-client.ts'],
      { cwd: root, env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json' }, encoding: 'utf8' },
    );
    expect(committed(CLIENT_SCHEMA_FILE)).toBe(rendered);
  }, 120_000);

  it('documents the health route under the versioned prefix', () => {
    const document = JSON.parse(renderOpenApi(app.app)) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/v1/health');
  });

  it('gives every operation a summary, its security, and a schema for every status with a body', () => {
    const document = JSON.parse(committed(OPENAPI_FILE)) as { paths: Record<string, Record<string, Operation>> };
    const problems: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.summary) problems.push(`${name}: no summary`);
        if (!op.security?.length) problems.push(`${name}: no security`);
        for (const [status, response] of Object.entries(op.responses)) {
          if (status !== '204' && !response.content) problems.push(`${name} ${status}: no schema`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
