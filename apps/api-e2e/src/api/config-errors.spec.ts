import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_MAIN, serverEnv, WORKSPACE_ROOT } from '../support/server';

/** Starts the built server with a bad setting; it must refuse to start and say which setting. */
const startWith = (env: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-api-e2e-config-'));
  try {
    return spawnSync(process.execPath, [SERVER_MAIN], {
      cwd: WORKSPACE_ROOT,
      env: serverEnv({ DATA_DIR: dir, ...env }),
      encoding: 'utf8',
      timeout: 30_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('configuration errors', () => {
  it('refuses to start with PORT=abc and names PORT', () => {
    const result = startWith({ PORT: 'abc' });
    expect(result.status).not.toBeNull();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PORT');
  });

  it('refuses an admin email without a password', () => {
    const result = startWith({ ADMIN_EMAIL: 'admin@council.example' });
    expect(result.status).not.toBeNull();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ADMIN_PASSWORD');
  });
});
