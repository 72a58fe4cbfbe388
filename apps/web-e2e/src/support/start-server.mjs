// Starts the built API (which serves the built web app) for the browser tests, on a fresh database:
// a new `cc_e2e_<timestamp>` database on the server in DATABASE_URL (dropped afterwards), or,
// without DATABASE_URL, the embedded PostgreSQL in a fresh temporary DATA_DIR.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const env = { ...process.env };
let cleanup = async () => undefined;

if (env.DATABASE_URL) {
  const admin = env.DATABASE_URL;
  const name = `cc_e2e_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  console.log(`[e2e] using database ${name}`);
  cleanup = async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  env.DATA_DIR = dir;
  console.log(`[e2e] using embedded database in ${dir}`);
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: 'inherit' });
const stop = (signal) => api.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
api.on('exit', (code) => {
  cleanup()
    .catch((error) => console.warn(`[e2e] cleanup failed: ${error.message}`))
    .finally(() => process.exit(code ?? 0));
});
