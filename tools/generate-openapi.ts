/**
 * Writes apps/api/openapi.json from the code: `npm run openapi`.
 * Boots the real app module without listening, on DATABASE_URL when set, otherwise on a
 * temporary embedded PostgreSQL (PGlite) that is deleted afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CLIENT_SCHEMA_FILE, renderClientSchema } from './api-client';
import { generateContractSchemas, SCHEMAS_FILE, TYPES_FILE } from './contract-schemas';
import { OPENAPI_ENV_OVERRIDES, OPENAPI_FILE, renderOpenApi } from './openapi';

async function main(): Promise<void> {
  // First the response schemas from the contract types, which the app's document is built with.
  const { schemas, types } = generateContractSchemas();
  writeFileSync(SCHEMAS_FILE, `${JSON.stringify(schemas, null, 2)}\n`);
  writeFileSync(TYPES_FILE, types);
  process.stdout.write(`Wrote ${relative(process.cwd(), SCHEMAS_FILE)} and ${relative(process.cwd(), TYPES_FILE)}\n`);
  const { createApp } = await import('../apps/api/src/bootstrap');
  const { loadEnv } = await import('../apps/api/src/config/env');
  const { startEmbeddedPostgres } = await import('../apps/api/src/database/embedded-postgres');
  const env = loadEnv({ ...process.env, ...OPENAPI_ENV_OVERRIDES });
  let dir: string | undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let database = env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: 2 } : undefined;
  if (!database) {
    dir = mkdtempSync(join(tmpdir(), 'cc-openapi-'));
    const embedded = await startEmbeddedPostgres(dir);
    stopEmbedded = embedded.stop;
    database = { url: embedded.url, poolMax: 1 };
  }
  try {
    const app = await createApp({ env, database });
    await app.init();
    try {
      const document = renderOpenApi(app);
      writeFileSync(OPENAPI_FILE, document);
      writeFileSync(CLIENT_SCHEMA_FILE, await renderClientSchema(document));
    } finally {
      await app.close();
    }
    process.stdout.write(
      `Wrote ${relative(process.cwd(), OPENAPI_FILE)} and ${relative(process.cwd(), CLIENT_SCHEMA_FILE)}\n`,
    );
  } finally {
    await stopEmbedded?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `OpenAPI generation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
