import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** Arbitrary constant key of the session-level advisory lock that serialises migration runs. */
export const MIGRATION_LOCK_KEY = 7_310_442_001;

/** The embedded database (one process, one connection) needs no lock and could not hold one aside. */
export async function isEmbedded(dataSource: DataSource): Promise<boolean> {
  const rows: { version: string }[] = await dataSource.query('SELECT version() AS version');
  return rows[0]?.version.includes('PGlite') ?? false;
}

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock on a connection of its own
 * (outside the pool, so it works whatever DB_POOL_MAX is): several API replicas starting
 * together migrate one after another instead of racing on the same DDL.
 */
export async function runMigrationsExclusively(dataSource: DataSource, url: string): Promise<void> {
  if (await isEmbedded(dataSource)) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lockHolder = new Client({ connectionString: url });
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockHolder.end();
  }
}
