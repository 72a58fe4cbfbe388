import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { runMigrationsExclusively } from './migrate';
import { MIGRATIONS } from './migrations';

const serverUrl = process.env['CC_SERVER_DATABASE_URL'];

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

// Two replicas share one server only with a real PostgreSQL; the embedded one has a single connection.
(serverUrl ? describe : describe.skip)('migrations when several replicas start at once', () => {
  const name = `cc_migrate_race_${Date.now()}`;
  beforeAll(() => admin(`CREATE DATABASE ${name}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('applies every migration exactly once and both replicas come up', async () => {
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    // Pool size 1 on purpose: the lock must not need a second pooled connection.
    const replicas = [0, 1, 2].map(() => new DataSource(dataSourceOptions({ url: url.toString(), poolMax: 1 })));
    await Promise.all(replicas.map((ds) => ds.initialize()));
    try {
      await Promise.all(replicas.map((ds) => runMigrationsExclusively(ds, url.toString())));
      const applied: { name: string }[] = await replicas[0].query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const tables: unknown[] = await replicas[1].query(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'users'`,
      );
      expect(tables).toHaveLength(1);
    } finally {
      await Promise.all(replicas.map((ds) => ds.destroy()));
    }
  });
});
