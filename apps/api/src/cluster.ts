import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';

/**
 * How many API processes to run: WEB_CONCURRENCY (a whole number, or `auto` for one per core);
 * 1 when unset. The embedded PGlite (no DATABASE_URL) lives inside one process and takes one
 * connection, so it always runs a single process.
 */
export function workerCount(env: NodeJS.ProcessEnv): number {
  const raw = (env['WEB_CONCURRENCY'] ?? '').trim();
  if (raw === '' || !env['DATABASE_URL']) return 1;
  if (raw === 'auto') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, or auto (got "${raw}")`);
  }
  return n;
}

/**
 * The primary of a cluster: forks `workers` API processes sharing the port (Node's cluster,
 * round-robin), replaces one that dies (at most once a second), and passes SIGTERM/SIGINT on.
 * Each worker is the whole stateless API: migrations and demo seeding already serialise on
 * PostgreSQL advisory locks, so the workers booting together run them once.
 */
export function runPrimary(workers: number): void {
  let stopping = false;
  let lastFork = 0;
  const fork = (): void => {
    lastFork = Date.now();
    cluster.fork();
  };
  for (let i = 0; i < workers; i++) fork();
  process.stdout.write(`API cluster: ${workers} worker processes (WEB_CONCURRENCY)\n`);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    process.stderr.write(`API worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
    setTimeout(fork, Math.max(0, 1000 - (Date.now() - lastFork)));
  });
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(sig);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

export const isClusterPrimary = (): boolean => cluster.isPrimary;
