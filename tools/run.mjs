// Small helpers shared by tools/start.mjs, tools/test.mjs and tools/typecheck.mjs (plain Node, no dependencies).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = (name) => resolve(root, 'node_modules/.bin', name);

/** Nothing may call out to Nx Cloud or leave a daemon behind. */
export const quietNxEnv = { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...quietNxEnv, ...options.env },
    });
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolveExit(127);
    });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
}

/** Runs steps one after another, stopping at the first non-zero exit code. */
export async function runAll(steps) {
  for (const [command, args, options] of steps) {
    const code = await run(command, args, options);
    if (code !== 0) return code;
  }
  return 0;
}

export const buildApps = () => run(bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static']);
