import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
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
    http: () => request(app.getHttpServer()),
    db: app.get(DataSource),
    close: () => app.close(),
  };
}
