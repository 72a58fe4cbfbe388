import { readFileSync } from 'node:fs';
import type { Client } from 'pg';

/** CPU seconds one phase used: the API process, the PostgreSQL backends of the bench database, this process. */
export type CpuUse = { api: number; db: number | null; bench: number };

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux everywhere). */
const TICKS = 100;

/** User + system CPU seconds of a process, or null when /proc does not have it (or it is not `comm`). */
function cpuSeconds(pid: number, comm?: string): number | null {
  try {
    if (comm !== undefined && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== comm) return null;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm) ": state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/**
 * Measures CPU per phase, a steadier figure than votes/s on a shared machine. PostgreSQL backends
 * are counted only when the server is local (their pids are then this machine's processes);
 * background writers and the WAL writer are not counted, and a backend that ends during the phase
 * loses its share.
 */
export class CpuMeter {
  private before: { api: number | null; db: Map<number, number>; bench: NodeJS.CpuUsage } | null = null;

  constructor(
    private readonly admin: Client,
    private readonly apiPid: number,
    private readonly localServer: boolean,
  ) {}

  private async backends(): Promise<Map<number, number>> {
    const rows = await this.admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    const seconds = new Map<number, number>();
    for (const { pid } of rows.rows) {
      const s = cpuSeconds(pid, 'postgres');
      if (s !== null) seconds.set(pid, s);
    }
    return seconds;
  }

  async start(): Promise<void> {
    this.before = {
      api: cpuSeconds(this.apiPid),
      db: this.localServer ? await this.backends() : new Map(),
      bench: process.cpuUsage(),
    };
  }

  async stop(): Promise<CpuUse> {
    const before = this.before;
    if (!before) throw new Error('CpuMeter.stop() before start()');
    const bench = process.cpuUsage(before.bench);
    const api = cpuSeconds(this.apiPid);
    let db: number | null = null;
    if (this.localServer) {
      db = 0;
      for (const [pid, s] of await this.backends()) db += s - (before.db.get(pid) ?? 0);
    }
    return {
      api: api !== null && before.api !== null ? api - before.api : Number.NaN,
      db,
      bench: (bench.user + bench.system) / 1e6,
    };
  }
}

export const isLocalServer = (url: string): boolean =>
  ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
