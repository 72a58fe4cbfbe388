import { freshDatabase, RunningServer, startServer } from './server';

declare global {
  var __API_E2E__: { server?: RunningServer; dropDatabase: () => Promise<void> } | undefined;
}

/** Starts the built API once for the whole run; the specs read its address from API_E2E_URL. */
export default async function globalSetup(): Promise<void> {
  const database = await freshDatabase();
  globalThis.__API_E2E__ = { dropDatabase: database.drop };
  const server = await startServer({
    ...database.env,
    ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {}),
  });
  globalThis.__API_E2E__.server = server;
  process.env['API_E2E_URL'] = server.url;
}
