import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

export type TestDatabase = { url: string; poolMax: number; stop: () => Promise<void> };

/**
 * A fresh, migrated database for one test run. With DATABASE_URL (CI, a real server) a new
 * database is created on that server and dropped afterwards; without it an embedded PGlite
 * starts in a temporary folder. Either way the schema comes only from the migrations.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), `cc-${label}-`));
    const embedded = await startEmbeddedPostgres(dir);
    await migrate(embedded.url, 1);
    return {
      url: embedded.url,
      poolMax: 1,
      stop: async () => {
        await embedded.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `cc_${label}_${Date.now()}_${process.pid}`.replace(/[^a-z0-9_]/g, '_');
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  await migrate(url, 2);
  return {
    url,
    poolMax: 20,
    stop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function migrate(url: string, poolMax: number): Promise<void> {
  const ds = new DataSource(dataSourceOptions({ url, poolMax }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
