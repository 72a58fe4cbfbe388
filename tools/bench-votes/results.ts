import type { CpuUse } from './cpu';
import { emptyTally, expectedTallies, mismatchedVoters, Outcome, sumTallies, Tally, VoteRequest } from './plan';

/** What one phase measured and what its answers were. */
export type PhaseResult = {
  label: string;
  requests: number;
  /** Requests that got an answer (HTTP response, or a finished transaction). */
  answered: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers by outcome, and by HTTP status for the API. */
  tally: Tally;
  statuses: Map<string, number>;
  /** Connection errors and timeouts (API) or failed transactions (direct). */
  errors: number;
  /** Voters whose outcomes differ from what their own requests must give. */
  mismatchedVoters: number;
  expected: Tally;
  /** Votes created on the workload's most requested idea. */
  topIdeaCreated: number;
  cpu: CpuUse;
  /** Statements sent to PostgreSQL during the phase (the API's, counted in its pg driver; null when not counted). */
  statements: number | null;
};

export const OUTCOMES: Outcome[] = ['created', 'existing', 'exhausted', 'other'];

/** Records one outcome per request and compares them with what each voter's requests must give. */
export class OutcomeLog {
  private readonly outcomes: Uint8Array;
  readonly statuses = new Map<string, number>();
  answered = 0;

  constructor(private readonly requests: VoteRequest[]) {
    this.outcomes = new Uint8Array(requests.length);
  }

  record(index: number, outcome: Outcome, status: string): void {
    if (this.outcomes[index] === 0) this.answered++;
    this.outcomes[index] = OUTCOMES.indexOf(outcome) + 1;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  summary(
    allowance: number,
    topIdea: number,
  ): Pick<PhaseResult, 'answered' | 'tally' | 'statuses' | 'mismatchedVoters' | 'expected' | 'topIdeaCreated'> {
    const answered = this.requests.filter((_, i) => this.outcomes[i] !== 0);
    const expected = expectedTallies(answered, allowance);
    const actual = new Map<number, Tally>();
    let topIdeaCreated = 0;
    this.requests.forEach((r, i) => {
      const code = this.outcomes[i];
      if (code === 0) return;
      if (r.idea === topIdea && OUTCOMES[code - 1] === 'created') topIdeaCreated++;
      const tally = actual.get(r.voter) ?? emptyTally();
      tally[OUTCOMES[code - 1]]++;
      actual.set(r.voter, tally);
    });
    return {
      answered: this.answered,
      tally: sumTallies(actual.values()),
      statuses: this.statuses,
      mismatchedVoters: mismatchedVoters(expected, actual),
      expected: sumTallies(expected.values()),
      topIdeaCreated,
    };
  }
}

/** Prints "label: 10 % …" each time another tenth of `total` is done. */
export function progress(label: string, total: number): () => void {
  let done = 0;
  let shown = 0;
  const started = Date.now();
  return () => {
    done++;
    const tenth = Math.floor((done * 10) / total);
    if (tenth > shown) {
      shown = tenth;
      const rate = Math.round(done / ((Date.now() - started) / 1000));
      console.log(
        `  ${label}: ${String(tenth * 10).padStart(3)} % (${done.toLocaleString('en-GB')}, ${rate}/s so far)`,
      );
    }
  };
}

/** The q-quantile (0..1) of sorted values. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
