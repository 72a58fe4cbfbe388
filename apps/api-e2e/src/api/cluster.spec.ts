import { readdirSync, readFileSync } from 'node:fs';
import { freshDatabase, RunningServer, startServer } from '../support/server';

/** Fields of /proc/<pid>/stat after "(comm) ": ppid is [1], utime [11], stime [12]. */
function stat(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const childrenOf = (pid: number): number[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((p) => stat(p)?.[1] === String(pid));

const cpuTicks = (pid: number): number => {
  const fields = stat(pid);
  return fields ? Number(fields[11]) + Number(fields[12]) : Number.NaN;
};

async function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// WEB_CONCURRENCY needs a real server (the embedded database lives in one process).
const onServer = process.env['DATABASE_URL'] && process.platform === 'linux' ? describe : describe.skip;

onServer('WEB_CONCURRENCY=2 (Node cluster)', () => {
  let server: RunningServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it('runs two workers that both serve requests, and replaces a worker that dies', async () => {
    const database = await freshDatabase();
    drop = database.drop;
    server = await startServer({ ...database.env, WEB_CONCURRENCY: '2', SEED_DEMO: 'true' }, 120_000);
    const primary = server.pid;
    await until('two workers', () => childrenOf(primary).length === 2);
    const workers = childrenOf(primary);
    // Both workers booted (migrated and seeded under the advisory locks, once): the demo is there once.
    await until('both workers listening', () => workers.every((w) => cpuTicks(w) > 0));
    const organisations = (await (await fetch(`${server.url}/api/v1/organisations`)).json()) as { name: string }[];
    expect(organisations.map((o) => o.name)).toEqual(['Kent County Council', 'Medway Council']);

    const before = workers.map(cpuTicks);
    const statuses = await Promise.all(
      Array.from({ length: 400 }, () => fetch(`${server?.url}/api/v1/challenges`).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    // Round-robin: each worker did part of the work (CPU time went up in both).
    workers.forEach((w, i) => expect(cpuTicks(w)).toBeGreaterThan(before[i] ?? Number.NaN));

    process.kill(workers[0] ?? 0, 'SIGKILL');
    await until('a replacement worker', () => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(workers[0] ?? 0);
    });
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(health.status).toBe(200);
  }, 240_000);
});
