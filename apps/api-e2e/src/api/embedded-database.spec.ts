import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningServer, startServer } from '../support/server';

/**
 * The zero-setup default, proven even when the run itself uses a real server (CI): the built API
 * with no DATABASE_URL starts PGlite, applies every migration and seeds the demo. A second boot on
 * the same folder (a restart) keeps the data and seeds nothing twice.
 */
describe('the embedded database (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-api-e2e-embedded-'));
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const names = async (url: string, path: string): Promise<string[]> => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items?: { slug: string }[] } | { name: string }[];
    return Array.isArray(body) ? body.map((o) => o.name) : (body.items ?? []).map((c) => c.slug);
  };

  it('migrates and seeds on first boot, and keeps the data across a restart', async () => {
    server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' }, 120_000);
    const health = await fetch(`${server.url}/api/v1/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect(await names(server.url, '/api/v1/organisations')).toEqual(['Kent County Council', 'Medway Council']);
    const open = await names(server.url, '/api/v1/challenges?state=open');
    expect(open.length).toBeGreaterThan(0);
    await server.stop();

    server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' }, 120_000);
    expect(await names(server.url, '/api/v1/organisations')).toEqual(['Kent County Council', 'Medway Council']);
    expect(await names(server.url, '/api/v1/challenges?state=open')).toEqual(open);
  }, 300_000);
});
