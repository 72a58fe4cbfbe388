import { DataSource } from 'typeorm';

/** Arbitrary constant key of the session-level advisory lock that serialises migration runs. */
export const MIGRATION_LOCK_KEY = 7_310_442_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so several API replicas
 * starting together migrate one after another instead of racing on the same DDL. The embedded
 * database has a single connection and a single process, so it needs (and allows) no lock.
 */
export async function runMigrationsExclusively(dataSource: DataSource, poolMax: number): Promise<void> {
  if (poolMax < 2) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
