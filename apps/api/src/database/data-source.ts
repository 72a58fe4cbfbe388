import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export type DatabaseSettings = { url: string; poolMax: number };

/** The one set of options used by the app, the tests and the migration CLI. */
export function dataSourceOptions({ url, poolMax }: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // A connection that cannot be had within 10 s (server down, or every connection busy)
    // fails the request with a 503 database_unavailable instead of leaving it hanging.
    extra: { max: poolMax, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 },
  };
}

/** Used by the TypeORM CLI: `npm run db:migrate` (needs DATABASE_URL). */
export default new DataSource(
  dataSourceOptions({
    url: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    poolMax: 1,
  }),
);
