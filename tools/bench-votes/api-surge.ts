import autocannon from 'autocannon';
import type { CpuMeter } from './cpu';
import type { Outcome, Workload } from './plan';
import { OutcomeLog, PhaseResult, progress } from './results';
import { VoterIdentity, voterToken } from './voters';

function outcomeOf(status: number, body: string): Outcome {
  if (status === 201) return 'created';
  if (status === 200) return 'existing';
  if (status === 409 && body.includes('"allowance_exhausted"')) return 'exhausted';
  return 'other';
}

/** The count once the API has written it out (it does so at most every 200 ms). */
async function settledQueries(queries: () => number | null): Promise<number | null> {
  await new Promise((r) => setTimeout(r, 300));
  return queries();
}

/**
 * Sends every request of the workload once, as PUT /api/v1/ideas/:id/vote with the voter's own
 * bearer token, over `connections` keep-alive connections, each sending its next request as soon
 * as the last is answered (closed loop, no pipelining).
 */
export async function apiSurge(input: {
  label: string;
  url: string;
  workload: Workload;
  ideaIds: string[];
  identity: VoterIdentity;
  connections: number;
  allowance: number;
  meter: CpuMeter;
  /** The API's running count of statements (count-queries.cjs), or null. */
  queries: () => number | null;
}): Promise<PhaseResult> {
  const { requests } = input.workload;
  const log = new OutcomeLog(requests);
  const tick = progress(input.label, requests.length);
  // autocannon gives every request a fresh context object; it maps the response back to the request.
  const requestOf = new WeakMap<object, number>();
  let next = 0;
  const queriesBefore = await settledQueries(input.queries);
  await input.meter.start();
  const started = process.hrtime.bigint();
  const result = await autocannon({
    url: input.url,
    connections: Math.min(input.connections, requests.length),
    // Each connection sends its share and stops: exactly one call of setupRequest per request.
    amount: requests.length,
    timeout: 60,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const index = next++;
          const vote = requests[index];
          if (!vote) throw new Error('autocannon asked for more requests than planned');
          requestOf.set(context, index);
          return {
            ...request,
            path: `/api/v1/ideas/${input.ideaIds[vote.idea]}/vote`,
            headers: { ...request.headers, authorization: `Bearer ${voterToken(input.identity, vote.voter)}` },
          };
        },
        onResponse: (status, body, context) => {
          const index = requestOf.get(context);
          if (index === undefined) return;
          log.record(index, outcomeOf(status, body), String(status));
          tick();
        },
      },
    ],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = await input.meter.stop();
  const queriesAfter = await settledQueries(input.queries);
  return {
    label: input.label,
    requests: requests.length,
    seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon counts timeouts among the errors.
    errors: result.errors,
    cpu,
    statements: queriesBefore === null || queriesAfter === null ? null : queriesAfter - queriesBefore,
    ...log.summary(input.allowance, input.workload.topIdea),
  };
}
