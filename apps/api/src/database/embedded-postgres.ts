import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The contrib subpath has no types under this project's module resolution; its shape is PGlite's Extension.
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) behind a socket server on 127.0.0.1,
 * so the unchanged `pg` driver, TypeORM and the migration CLI talk to it like any server.
 * It serves one connection at a time: pools must use max 1 (see STACK.md).
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
