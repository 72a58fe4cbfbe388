/**
 * `npm run bench:votes`: a vote surge against the built API on a real PostgreSQL server, next to
 * the database's own ceiling for the same transaction. A fresh database `bench_votes_<ts>` gets
 * one challenge (voting open, allowance 5), 10,000 listed ideas and 100,000 verified voters with
 * sessions. After a short warm-up, three workloads go through the API and then, cast by other
 * voters, straight to the database; each of the six phases has its own sixth of the voters:
 *
 *   spread     PUT /api/v1/ideas/:id/vote over many connections, ideas Zipf-popular
 *   hot idea   the same, with everybody also voting for one idea (a large share on one row)
 *   one idea   every request a new vote for that one idea: the ceiling of its counter row
 *
 * The direct phases run the same ballots as `pg` transactions, statement for statement the API's
 * (tools/bench-votes/vote-transaction.ts), over as many connections as the API's pool. Each
 * phase starts after a VACUUM ANALYZE of the tables votes write.
 *
 * Afterwards it checks every voter got exactly the 201/200/409 their own requests must give,
 * every idea's vote_count equals its vote rows, and no one is over the allowance; any FAIL exits 1.
 * Options: `npm run bench:votes -- --help`.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { ApiProcess, ensureBuilt, startApi } from './bench-votes/api-server';
import { apiSurge } from './bench-votes/api-surge';
import { databaseChecks, phaseChecks } from './bench-votes/checks';
import { CpuMeter, isLocalServer } from './bench-votes/cpu';
import { BenchDatabase, connect, createBenchDatabase, settle } from './bench-votes/database';
import { dbCeiling } from './bench-votes/db-ceiling';
import { BenchOptions, parseOptions, USAGE } from './bench-votes/options';
import type { Workload } from './bench-votes/plan';
import { checkLines, cpuTable, phaseTable, ratioLines, Run } from './bench-votes/report';
import { seed } from './bench-votes/seed';
import { newVoterIdentity, VoterIdentity, voterEmail, voterToken } from './bench-votes/voters';
import { planWorkloads, SHAPE_LABELS, SHAPES } from './bench-votes/workloads';

/** The API answers a seeded voter's token: GET /me is 200 with that voter's email. */
async function preflight(url: string, identity: VoterIdentity): Promise<void> {
  const res = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${voterToken(identity, 0)}` } });
  const body = (await res.json()) as { email?: string };
  if (res.status !== 200 || body.email !== voterEmail(0)) {
    throw new Error(`A seeded voter's token is not accepted: GET /me answered ${res.status} ${JSON.stringify(body)}`);
  }
}

async function run(
  options: BenchOptions,
  cleanup: { database?: BenchDatabase; server?: ApiProcess },
): Promise<boolean> {
  await ensureBuilt();
  const database = (cleanup.database = await createBenchDatabase(options.serverUrl));
  console.log(`database: ${database.name} on ${new URL(options.serverUrl).host}`);
  const voterKeySecret = randomBytes(32).toString('base64url');
  let started = Date.now();
  const server = (cleanup.server = await startApi({ databaseUrl: database.url, pool: options.pool, voterKeySecret }));
  console.log(`API: ${server.url} (migrated and healthy in ${Date.now() - started} ms; log ${server.logFile})`);

  const db: Client = await connect(database.url);
  try {
    const version = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    console.log(`PostgreSQL ${version.rows[0]?.v}; Node ${process.version}`);
    console.log(
      `seeding ${options.ideas.toLocaleString('en-GB')} ideas and ${options.voters.toLocaleString('en-GB')} voters:`,
    );
    started = Date.now();
    const identity = newVoterIdentity();
    const { challengeId, ideaIds } = await seed(db, options, identity);
    console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await preflight(server.url, identity);

    console.log('plan:');
    const workloads = planWorkloads(options);

    console.log(
      `surge: ${options.connections} HTTP connections, API pool ${options.pool}; direct: ${options.dbClients} clients`,
    );
    const meter = new CpuMeter(db, server.pid, isLocalServer(options.serverUrl));
    const surge = (label: string, workload: Workload) =>
      apiSurge({
        label,
        url: server.url,
        workload,
        ideaIds,
        identity,
        connections: options.connections,
        allowance: options.allowance,
        meter,
        queries: server.queries,
      });
    const ceiling = (label: string, workload: Workload) =>
      dbCeiling({
        label,
        databaseUrl: database.url,
        challengeId,
        ideaIds,
        workload,
        clients: options.dbClients,
        allowance: options.allowance,
        voterKeySecret,
        meter,
      });
    const warmUp = await surge('API, warm-up', workloads.warmUp);
    const runs: Run[] = [];
    for (const shape of SHAPES) {
      const label = SHAPE_LABELS[shape];
      await settle(db);
      const api = await surge(`API, ${label}`, workloads.api[shape]);
      await settle(db);
      runs.push({ shape, api, direct: await ceiling(`direct DB, ${label}`, workloads.direct[shape]) });
    }
    const phases = [warmUp, ...runs.map((r) => r.api), ...runs.map((r) => r.direct)];

    const hot = await db.query<{ vote_count: number }>(`SELECT vote_count FROM ideas WHERE id = $1`, [
      ideaIds[workloads.api.hot.topIdea],
    ]);
    console.log(`\n${phaseTable(phases)}\n\n${cpuTable(phases)}\n`);
    for (const line of ratioLines(runs)) console.log(line);
    console.log(`the hot idea ends with ${hot.rows[0]?.vote_count.toLocaleString('en-GB')} votes\n`);

    const checks = [...phaseChecks(phases), ...(await databaseChecks(db, challengeId, options.allowance, phases))];
    for (const line of checkLines(checks)) console.log(line);
    const ok = checks.every((c) => c.ok);
    console.log(ok ? '\nPASS' : '\nFAIL');
    return ok;
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const keep = options.keep;
  const cleanup: { database?: BenchDatabase; server?: ApiProcess } = {};
  let ok = false;
  const tidy = async (): Promise<void> => {
    await cleanup.server?.stop();
    if (ok && !keep) cleanup.server?.removeLog();
    else if (cleanup.server) console.log(`API log: ${cleanup.server.logFile}`);
    if (!cleanup.database) return;
    if (keep) console.log(`kept database ${cleanup.database.name}`);
    else await cleanup.database.drop();
  };
  process.once('SIGINT', () => {
    console.error('\ninterrupted: stopping the API and dropping the bench database');
    void tidy().finally(() => process.exit(130));
  });
  try {
    ok = await run(options, cleanup);
  } catch (error) {
    console.error(`\nbench:votes failed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    await tidy();
  }
  process.exit(ok ? 0 : 1);
}

void main();
