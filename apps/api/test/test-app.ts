import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request, { type Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { assertDocumentedResponse } from '../../../tools/response-validator';
import { createApp } from '../src/bootstrap';
import { loadEnv } from '../src/config/env';

export type TestApp = {
  app: INestApplication;
  /** A supertest client for the app over HTTP. */
  http: () => TestAgent;
  db: DataSource;
  close: () => Promise<void>;
};

/**
 * Boots the real AppModule on the run's test database (see global-setup.ts); only the
 * environment is overridden. Mail is captured in the outbox (no SMTP_URL).
 */
export async function createTestApp(
  overrides: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<TestApp> {
  const env = loadEnv({
    ...process.env,
    // Uploaded files go to a throwaway folder unless a test chooses one.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'cc-test-data-')),
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WEB_DIST_DIR: '',
    AUTH_RATE_LIMIT: '10000',
    SMTP_URL: '',
    REDIS_URL: '',
    ...overrides,
  });
  const url = options.databaseUrl ?? process.env['DATABASE_URL'];
  if (!url)
    throw new Error('DATABASE_URL is not set: run the tests through Jest, whose global setup starts a database');
  const app = await createApp({ env, database: { url, poolMax: Number(process.env['DB_POOL_MAX'] ?? '1') } });
  await app.init();
  return {
    app,
    http: () => documented(request(app.getHttpServer())),
    db: app.get(DataSource),
    close: () => app.close(),
  };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/**
 * Every request made through the agent checks its response against the committed OpenAPI
 * document (tools/response-validator.ts) before the test's own expectations run.
 */
function documented(agent: TestAgent): TestAgent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !METHODS.has(property) || typeof value !== 'function') return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (url: string, ...rest: unknown[]) => ReturnType<TestAgent['get']>).call(
          target,
          url,
          ...rest,
        );
        return test.expect((res: Response) =>
          assertDocumentedResponse({
            method: property,
            url,
            status: res.status,
            contentType: res.headers['content-type'] as string | undefined,
            body: res.body as unknown,
            hasBody: (res.headers['content-length'] ?? '') !== '0' && res.status !== 204 && property !== 'head',
          }),
        );
      };
    },
  });
}
