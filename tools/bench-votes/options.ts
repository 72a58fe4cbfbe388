import { parseArgs } from 'node:util';

export type BenchOptions = {
  /** The server the bench database is created on (its own database is never touched). */
  serverUrl: string;
  ideas: number;
  voters: number;
  /** Vote requests per phase; null (`--votes all`): every voter of the phase's slice casts a ballot. */
  votes: number | null;
  /** Concurrent HTTP connections of the surge. */
  connections: number;
  /** DB_POOL_MAX of the API under test. */
  pool: number;
  /** Concurrent clients of the direct database run. */
  dbClients: number;
  /** Votes per person in the challenge. */
  allowance: number;
  /** Exponent of the Zipf popularity of ideas in the spread phase. */
  zipf: number;
  seed: number;
  keep: boolean;
};

export const USAGE = `npm run bench:votes -- [options]

A vote surge against the built API on a real PostgreSQL server (DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/postgres), next to the same transactions run directly.

  --ideas N        listed ideas in the challenge (10000)
  --voters N       verified voters with a session (100000); a sixth per phase
  --votes N|all    vote requests per phase (20000); \`all\`: one ballot from every voter of
                   the phase's sixth (about 3.5 requests per voter)
  --connections N  concurrent HTTP connections of the surge (100)
  --pool N         the API's DB_POOL_MAX (20)
  --db-clients N   concurrent clients of the direct database run (default: --pool, the
                   most transactions the API can have open at once)
  --allowance N    votes per person in the challenge (5)
  --zipf S         popularity skew of ideas in the spread phase (0.8)
  --seed N         seed of the simulated ballots (2026)
  --keep           keep the bench database afterwards (it is dropped by default)
  --smoke          small sizes for CI (200 ideas, 1,500 voters, 300 votes per phase,
                   20 connections, pool 5), the same code path and checks; explicit
                   options still win

Quick smoke run: npm run bench:votes -- --ideas 500 --voters 5000 --votes 2000`;

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

function positiveInt(name: string, raw: string | undefined, fallback: number, max = 10_000_000): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new Error(`--${name} must be a whole number from 1 to ${max.toLocaleString('en-GB')} (got "${raw}")`);
  }
  return Number(raw);
}

/** The options from the command line; throws with a message naming the bad option. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      ideas: { type: 'string' },
      voters: { type: 'string' },
      votes: { type: 'string' },
      connections: { type: 'string' },
      pool: { type: 'string' },
      'db-clients': { type: 'string' },
      allowance: { type: 'string' },
      zipf: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const smoke = values.smoke;
  const size = (full: number, small: number): number => (smoke ? small : full);
  const zipf = values.zipf === undefined ? 0.8 : Number(values.zipf);
  if (!Number.isFinite(zipf) || zipf < 0 || zipf > 3) {
    throw new Error(`--zipf must be a number from 0 (uniform) to 3 (got "${values.zipf}")`);
  }
  const pool = positiveInt('pool', values.pool, size(20, 5), 200);
  const options: BenchOptions = {
    serverUrl: env['DATABASE_URL'] || DEFAULT_SERVER,
    ideas: positiveInt('ideas', values.ideas, size(10_000, 200)),
    voters: positiveInt('voters', values.voters, size(100_000, 1_500)),
    votes: values.votes === 'all' ? null : positiveInt('votes', values.votes, size(20_000, 300)),
    connections: positiveInt('connections', values.connections, size(100, 20), 1_000),
    pool,
    dbClients: positiveInt('db-clients', values['db-clients'], pool, 500),
    allowance: positiveInt('allowance', values.allowance, 5, 100),
    zipf,
    seed: positiveInt('seed', values.seed, 2026, 2 ** 31),
    keep: values.keep,
  };
  if (options.ideas < 10) throw new Error('--ideas must be at least 10');
  if (options.voters < 60) throw new Error('--voters must be at least 60 (a sixth per phase)');
  return options;
}
