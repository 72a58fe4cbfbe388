import type { Server } from 'node:http';
import { createApp } from './bootstrap';
import { isClusterPrimary, runPrimary, workerCount } from './cluster';
import { EnvError, loadEnv } from './config/env';
import { EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';

async function main(): Promise<void> {
  const env = loadEnv();
  let embedded: EmbeddedPostgres | undefined;
  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres(env.DATA_DIR);
    process.stdout.write(`Embedded PostgreSQL (PGlite) started with its data in ${env.DATA_DIR}/pglite\n`);
  }
  const database = env.DATABASE_URL
    ? { url: env.DATABASE_URL, poolMax: env.DB_POOL_MAX }
    : { url: embedded?.url ?? '', poolMax: 1 };
  const app = await createApp({ env, database });
  if (embedded) {
    const stopEmbedded = embedded.stop;
    (app.getHttpServer() as Server).on('close', () => void stopEmbedded());
  }
  await app.listen(env.PORT);
  process.stdout.write(`Council Challenges is running on ${env.appUrl} (API docs at ${env.appUrl}/api/docs)\n`);
}

function start(): Promise<void> {
  const workers = workerCount(process.env);
  if (workers > 1 && isClusterPrimary()) {
    runPrimary(workers);
    return Promise.resolve();
  }
  return main();
}

start().catch((error: unknown) => {
  if (error instanceof EnvError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
