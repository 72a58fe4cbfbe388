import { createTestDatabase, TestDatabase } from './test-database';

declare global {
  var __TEST_DATABASE__: TestDatabase | undefined;
}

/** Runs once per Jest run: one migrated database that every test file shares (tests run in band). */
export default async function globalSetup(): Promise<void> {
  process.env['CC_SERVER_DATABASE_URL'] = process.env['DATABASE_URL'] ?? '';
  const db = await createTestDatabase('api');
  globalThis.__TEST_DATABASE__ = db;
  process.env['DATABASE_URL'] = db.url;
  process.env['DB_POOL_MAX'] = String(db.poolMax);
}
