import type { Check } from './checks';
import type { PhaseResult } from './results';
import { Shape, SHAPE_LABELS } from './workloads';

const n = (x: number): string => Math.round(x).toLocaleString('en-GB');
const ms = (x: number): string => (x < 10 ? x.toFixed(1) : n(x));

export const perSecond = (p: PhaseResult): number => p.answered / p.seconds;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
    .join('\n');
}

/** One line per phase: requests, rate, latency and outcomes. */
export function phaseTable(phases: PhaseResult[]): string {
  const header = [
    'phase',
    'requests',
    'seconds',
    'votes/s',
    'new votes/s',
    'p50 ms',
    'p99 ms',
    '201 new',
    '200 again',
    '409 over',
    'top idea new/s',
  ];
  return table([
    header,
    ...phases.map((p) => [
      p.label,
      n(p.requests),
      p.seconds.toFixed(1),
      n(perSecond(p)),
      n(p.tally.created / p.seconds),
      ms(p.p50Ms),
      ms(p.p99Ms),
      n(p.tally.created),
      n(p.tally.existing),
      n(p.tally.exhausted),
      n(p.topIdeaCreated / p.seconds),
    ]),
  ]);
}

/** CPU milliseconds per vote request in each phase: where the work goes, whatever else the machine runs. */
export function cpuTable(phases: PhaseResult[]): string {
  const per = (seconds: number | null, p: PhaseResult): string =>
    seconds === null || Number.isNaN(seconds) ? 'n/a' : ((seconds * 1000) / p.answered).toFixed(2);
  return table([
    ['CPU ms per vote', 'API process', 'PostgreSQL backends', 'load generator', 'statements per vote'],
    ...phases.map((p) => [
      p.label,
      p.label.startsWith('API') ? per(p.cpu.api, p) : '-',
      per(p.cpu.db, p),
      per(p.cpu.bench, p),
      p.statements === null ? 'n/a' : (p.statements / p.answered).toFixed(2),
    ]),
  ]);
}

/** One workload through the API and straight to the database. */
export type Run = { shape: Shape; api: PhaseResult; direct: PhaseResult };

export function ratioLines(runs: Run[]): string[] {
  const ratio = (a: PhaseResult, b: PhaseResult): string => (perSecond(a) / perSecond(b)).toFixed(2);
  const spread = runs.find((r) => r.shape === 'spread');
  const others = runs.filter((r) => r.shape !== 'spread');
  const vsSpread = (side: 'api' | 'direct'): string =>
    spread ? others.map((r) => `${SHAPE_LABELS[r.shape]} ${ratio(r[side], spread[side])}`).join(', ') : '';
  return [
    `API / direct database, votes/s: ${runs.map((r) => `${SHAPE_LABELS[r.shape]} ${ratio(r.api, r.direct)}`).join(', ')}`,
    `against spread, votes/s: API ${vsSpread('api')}; direct database ${vsSpread('direct')}`,
  ];
}

export function checkLines(checks: Check[]): string[] {
  return checks.map((c) => `${c.ok ? 'PASS' : 'FAIL'}  ${c.name} (${c.detail})`);
}
