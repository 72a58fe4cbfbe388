import { Client } from 'pg';

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs one statement on its own connection. */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database `bench_votes_<timestamp>` on the server; the API migrates it when it starts. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `bench_votes_${Date.now()}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A connected client; the caller ends it. */
export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * VACUUM ANALYZE of the tables votes write, before each phase: every phase starts from the same
 * clean state, so one phase does not inherit the dead row versions of the last (autovacuum still
 * runs during the phase, as in production).
 */
export async function settle(db: Client): Promise<void> {
  await db.query('VACUUM ANALYZE ideas, idea_votes, challenge_voter_allowances');
}
