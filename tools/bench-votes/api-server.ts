import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, SERVER_MAIN, serverEnv, WORKSPACE_ROOT } from '../../apps/api-e2e/src/support/server';

export type ApiProcess = {
  url: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
  /** Statements the API has sent so far, when it runs with count-queries.cjs preloaded (else null). */
  queries: () => number | null;
  /** Deletes the log (kept after a failed run). */
  removeLog: () => void;
};

/** The caller's environment without the ts-node settings of the bench itself. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy['TS_NODE_PROJECT'];
  delete copy['TS_NODE_TRANSPILE_ONLY'];
  return copy;
}

/** Builds the API (production webpack build) when dist/apps/api/main.js is missing. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(SERVER_MAIN)) {
    console.log(`API build: ${SERVER_MAIN} (run npx nx build api first to benchmark newer code)`);
    return;
  }
  console.log('API build: dist/apps/api/main.js is missing, running npx nx build api …');
  const code = await new Promise<number>((resolveExit) => {
    const child = spawn('npx', ['nx', 'build', 'api', '--outputStyle=static'], {
      cwd: WORKSPACE_ROOT,
      stdio: 'inherit',
      // Not the bench's own TS_NODE_PROJECT (tools/tsconfig.json): webpack's tsconfig-paths plugin
      // would resolve it against apps/api and fail with ENOENT.
      env: { ...buildEnv(process.env), NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
    });
    child.on('exit', (exitCode) => resolveExit(exitCode ?? 1));
    child.on('error', () => resolveExit(127));
  });
  if (code !== 0 || !existsSync(SERVER_MAIN)) throw new Error(`npx nx build api failed (exit ${code})`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before it was healthy`);
    }
    const status = await fetch(`${url}/api/v1/health`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not healthy at ${url}/api/v1/health within ${timeoutMs / 1000} s`);
}

/**
 * The built API as a child process on a free port, as in production (NODE_ENV=production, logs at
 * warn), on the bench database. It runs the migrations itself when it starts, as in production.
 */
export async function startApi(settings: {
  databaseUrl: string;
  pool: number;
  voterKeySecret: string;
  extraEnv?: Record<string, string>;
}): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logDir = mkdtempSync(join(tmpdir(), 'bench-votes-'));
  const logFile = join(logDir, 'api.log');
  const log = createWriteStream(logFile);
  // BENCH_API_NODE_ARGS: extra node flags for the API, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` or
  // `-r ./tools/bench-votes/count-queries.cjs` (statements per vote, see report.ts).
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(/\s+/).filter(Boolean);
  const countFile = join(logDir, 'queries');
  const child = spawn(process.execPath, [...nodeArgs, SERVER_MAIN], {
    cwd: WORKSPACE_ROOT,
    env: serverEnv({
      NODE_ENV: 'production',
      PORT: String(port),
      APP_URL: url,
      DATABASE_URL: settings.databaseUrl,
      DB_POOL_MAX: String(settings.pool),
      VOTER_KEY_SECRET: settings.voterKeySecret,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      AUTH_RATE_LIMIT: '100000',
      WEB_DIST_DIR: '',
      BENCH_QUERY_COUNT_FILE: countFile,
      ...(settings.extraEnv ?? {}),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = () => stopChild(child);
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    await stop();
    const output = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
    throw new Error(`${(error as Error).message}\n--- API output (${logFile}) ---\n${output}`);
  }
  if (child.pid === undefined) throw new Error('The API process has no pid');
  const queries = (): number | null => {
    try {
      return Number(readFileSync(countFile, 'utf8'));
    } catch {
      return null;
    }
  };
  return {
    url,
    pid: child.pid,
    logFile,
    stop,
    queries,
    removeLog: () => rmSync(logDir, { recursive: true, force: true }),
  };
}
