import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import type { CpuMeter } from './cpu';
import { voterKey } from '../../apps/api/src/votes/voter-key';
import { connect } from './database';
import type { Workload } from './plan';
import { OutcomeLog, PhaseResult, progress, quantile } from './results';
import { castVote } from './vote-transaction';
import { voterEmail } from './voters';

type Voter = { userId: string; key: string };

/** Stands in for the API's keyed hash of the client's network (all bench requests come from 127.0.0.1). */
const LOOPBACK_NETWORK = createHash('sha256').update('bench-votes 127.0.0.0/24').digest('hex');

/** User id and voter key (the API's HMAC of the email) of every voter in the workload. */
async function votersOf(db: Client, workload: Workload, secret: string): Promise<Map<number, Voter>> {
  const numbers = [...new Set(workload.requests.map((r) => r.voter))];
  const rows = await db.query<{ id: string; email: string }>(`SELECT id, email FROM users WHERE email = ANY($1)`, [
    numbers.map(voterEmail),
  ]);
  const idOf = new Map(rows.rows.map((r) => [r.email, r.id]));
  return new Map(
    numbers.map((n) => {
      const userId = idOf.get(voterEmail(n));
      if (!userId) throw new Error(`voter ${n} was not seeded`);
      return [n, { userId, key: voterKey(secret, voterEmail(n)) }];
    }),
  );
}

/**
 * The database's own ceiling for the API's vote statement (the same code, see vote-transaction.ts): `clients` connections, each running the
 * next vote's transaction as soon as its last one committed, with no HTTP, auth or lookups.
 */
export async function dbCeiling(input: {
  label: string;
  databaseUrl: string;
  challengeId: string;
  ideaIds: string[];
  workload: Workload;
  clients: number;
  allowance: number;
  voterKeySecret: string;
  meter: CpuMeter;
}): Promise<PhaseResult> {
  const { requests } = input.workload;
  const clients = await Promise.all(
    Array.from({ length: Math.min(input.clients, requests.length) }, () => connect(input.databaseUrl)),
  );
  try {
    const voters = await votersOf(clients[0], input.workload, input.voterKeySecret);
    const log = new OutcomeLog(requests);
    const tick = progress(input.label, requests.length);
    const latencies = new Float64Array(requests.length).fill(Number.NaN);
    let next = 0;
    let errors = 0;
    let statements = 0;
    for (const client of clients) {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      client.query = ((...args: unknown[]) => {
        statements++;
        return query(...args);
      }) as typeof client.query;
    }
    await input.meter.start();
    const started = process.hrtime.bigint();
    await Promise.all(
      clients.map(async (db) => {
        for (let index = next++; index < requests.length; index = next++) {
          const vote = requests[index];
          const voter = voters.get(vote.voter);
          if (!voter) throw new Error(`voter ${vote.voter} unknown`);
          const t0 = process.hrtime.bigint();
          try {
            const outcome = await castVote(db, {
              ideaId: input.ideaIds[vote.idea],
              voterKey: voter.key,
              userId: voter.userId,
              network: LOOPBACK_NETWORK,
            });
            log.record(index, outcome, outcome);
          } catch (error) {
            if (errors++ === 0) console.error(`  ${input.label}: a transaction failed: ${(error as Error).message}`);
          }
          latencies[index] = Number(process.hrtime.bigint() - t0) / 1e6;
          tick();
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = await input.meter.stop();
    const sorted = latencies.filter((x) => !Number.isNaN(x)).sort();
    return {
      label: input.label,
      requests: requests.length,
      seconds,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      errors,
      cpu,
      statements,
      ...log.summary(input.allowance, input.workload.topIdea),
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
