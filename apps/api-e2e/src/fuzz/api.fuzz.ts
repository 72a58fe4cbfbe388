import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freshDatabase, RunningServer, startServer, WORKSPACE_ROOT } from '../support/server';
import { Doc, mutatedBody, nastyString, Operation, operationsOf, rawBody } from './openapi-arbitraries';

/**
 * Issue #12: requests generated from the committed OpenAPI document for every operation and
 * every role, sent to the built server on a fresh, demo-seeded database. Fails on any 5xx, any
 * answer slower than 5 s (or no answer), and any response that leaks a private field.
 * FUZZ_SEED and FUZZ_RUNS reproduce or lengthen a run; the seed is printed.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000_007);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const CONCURRENCY = 8;
const BATCH = 250;
const HANG_MS = 5_000;
const DEMO_PASSWORD = 'Demo-challenge-2026';
const ROLES = ['anonymous', 'resident', 'council admin'] as const;
type Role = (typeof ROLES)[number];
const ROLE_EMAIL: Record<Exclude<Role, 'anonymous'>, string> = {
  resident: 'resident1@demo.council.example',
  'council admin': 'admin@kent.demo.council.example',
};
/** Routes that end the caller's own session or account: sent anonymously only, so the roles stay signed in. */
const SELF_ENDING = new Set(['POST /api/v1/auth/logout', 'DELETE /api/v1/me']);
const SECRET_FIELDS = /"(voterKey|voter_key|passwordHash|password_hash|tokenHash|token_hash|key_hash)"\s*:/;

type FuzzRequest = {
  op: Operation;
  role: Role;
  url: string;
  headers: Record<string, string>;
  body?: string;
};
type Failure = { index: number; what: string; request: string; status?: number; excerpt?: string };

const doc = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'apps/api/openapi.json'), 'utf8')) as Doc;
const operations = operationsOf(doc);

/** URLs stay under the server's header limit (a 431 tells nothing); bodies carry the huge values. */
const shortNasty = nastyString.map((s) => s.slice(0, 300));

/** encodeURIComponent throws on a lone surrogate; a stranger would send the raw bytes anyway. */
const encode = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};

describe(`fuzzing every operation as anonymous, resident and council admin (seed ${SEED}, ${RUNS} requests)`, () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let db: Client;
  const tokens: Partial<Record<Role, string>> = {};
  const ids: Record<string, string[]> = {};
  let privateEmails: { email: string; owner: string }[] = [];
  let judgeNames: string[] = [];

  beforeAll(async () => {
    const database = await freshDatabase();
    drop = database.drop;
    server = await startServer({
      ...database.env,
      SEED_DEMO: 'true',
      VOTER_KEY_SECRET: 'fuzz-voter-key-secret-0123456789abcdef',
      AUTH_RATE_LIMIT: '1000000',
    });
    if (database.env['DATABASE_URL']) {
      db = new Client({ connectionString: database.env['DATABASE_URL'] });
      await db.connect();
      const q = async (sql: string): Promise<string[]> =>
        ((await db.query(sql)).rows as { id: string }[]).map((r) => String(r.id));
      ids['challenges'] = await q('SELECT id FROM challenges');
      ids['ideas'] = await q('SELECT id FROM ideas');
      ids['organisations'] = await q('SELECT id FROM organisations');
      ids['users'] = await q('SELECT id FROM users');
      ids['comments'] = await q('SELECT id FROM idea_comments');
      ids['judging'] = await q('SELECT id FROM judge_assignments');
      ids['attachments'] = await q('SELECT id FROM idea_attachments');
      privateEmails = (await db.query('SELECT id, email FROM users')).rows.map((r: { id: string; email: string }) => ({
        email: r.email.toLowerCase(),
        owner: r.email.toLowerCase(),
      }));
      judgeNames = (
        await db.query(`SELECT DISTINCT u.display_name FROM challenge_judges j JOIN users u ON u.id = j.user_id
                         WHERE NOT EXISTS (SELECT 1 FROM ideas i WHERE i.author_id = u.id)
                           AND NOT EXISTS (SELECT 1 FROM idea_comments c WHERE c.author_id = u.id)`)
      ).rows.map((r: { display_name: string }) => r.display_name);
    }
    await signIn();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await server?.stop();
    await drop?.();
  });

  async function signIn(): Promise<void> {
    for (const role of ['resident', 'council admin'] as const) {
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ROLE_EMAIL[role], password: DEMO_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`Could not sign in as ${role}: ${res.status} ${await res.text()}`);
      tokens[role] = ((await res.json()) as { accessToken: string }).accessToken;
    }
  }

  const all = (): string[] => Object.values(ids).flat();
  const idFor = (op: Operation, param: string): fc.Arbitrary<string> => {
    const section = op.path.split('/')[3] ?? '';
    const pool =
      param === 'id'
        ? (ids[section] ?? all())
        : param === 'ideaId'
          ? (ids['ideas'] ?? [])
          : param === 'userId'
            ? (ids['users'] ?? [])
            : all();
    return fc.oneof(
      { weight: 5, arbitrary: pool.length ? fc.constantFrom(...pool) : fc.uuid() },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: shortNasty },
      {
        weight: 1,
        arbitrary: fc.constantFrom('0', '-1', '1.5', 'null', 'undefined', '%', '%E0%A4%A', '%2e%2e', 'a'.repeat(2000)),
      },
    );
  };

  const requestArb = (): fc.Arbitrary<FuzzRequest> =>
    fc
      .tuple(fc.constantFrom(...operations), fc.constantFrom(...ROLES))
      .filter(([op, role]) => role === 'anonymous' || !SELF_ENDING.has(`${op.method} ${op.path}`))
      .chain(([op, role]) =>
        fc
          .record({
            params: fc.tuple(...op.pathParams.map((p) => idFor(op, p)), fc.constant('')),
            rawParams: fc.boolean(),
            query: fc.array(
              fc.tuple(
                fc.oneof(
                  fc.constantFrom(...(op.queryParams.length ? op.queryParams.map((q) => q.name) : ['page'])),
                  shortNasty,
                ),
                fc.oneof(fc.constantFrom('1', '0', '-1', '100000', 'true', 'x'), shortNasty),
              ),
              { maxLength: 4 },
            ),
            body: fc.oneof(
              {
                weight: 6,
                arbitrary: mutatedBody(
                  op.body,
                  doc,
                  fc.constantFrom(...all(), '00000000-0000-0000-0000-000000000000'),
                ).map((b) => ({ contentType: 'application/json', text: JSON.stringify(b) })),
              },
              { weight: 2, arbitrary: rawBody },
              { weight: 1, arbitrary: fc.constant(undefined) },
            ),
            badAuth: fc.oneof(
              { weight: 9, arbitrary: fc.constant(undefined) },
              {
                weight: 1,
                arbitrary: fc.constantFrom(
                  'Bearer',
                  'Bearer x',
                  'Basic YTpi',
                  'Bearer \u00ff',
                  `Bearer ${'a'.repeat(5000)}`,
                ),
              },
            ),
          })
          .map(({ params, rawParams, query, body, badAuth }): FuzzRequest => {
            let path = op.path;
            op.pathParams.forEach((name, i) => {
              const value = params[i] ?? '';
              path = path.replace(
                `{${name}}`,
                rawParams && /^[\x21-\x7e]*$/.test(value) && !/[?#/]/.test(value) ? value : encode(value),
              );
            });
            const qs = query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
            const headers: Record<string, string> = { Accept: 'application/json' };
            const token = role === 'anonymous' ? undefined : tokens[role];
            if (badAuth) headers['Authorization'] = badAuth;
            else if (token) headers['Authorization'] = `Bearer ${token}`;
            const sendsBody = body !== undefined && op.method !== 'GET' && op.method !== 'HEAD';
            if (sendsBody && body.contentType) headers['Content-Type'] = body.contentType;
            return {
              op,
              role,
              url: `${server.url}${path}${qs ? `?${qs}` : ''}`,
              headers,
              body: sendsBody ? body.text : undefined,
            };
          }),
      );

  it('answers every generated request without a 5xx, a hang or a leak', async () => {
    console.log(`FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} (reproduce with these); ${operations.length} operations`);
    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    const covered = new Set<string>();
    let sent = 0;
    const t0 = Date.now();
    for (let batch = 0; batch * BATCH < RUNS; batch += 1) {
      const size = Math.min(BATCH, RUNS - batch * BATCH);
      const requests = fc.sample(requestArb(), { seed: SEED + batch, numRuns: size });
      if (batch % 8 === 0) await signIn();
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const index = batch * BATCH + next;
          const req = requests[next++] as FuzzRequest;
          const label = `#${index} ${req.role} ${req.op.method} ${req.url.slice(server.url.length, server.url.length + 200)}`;
          covered.add(`${req.op.method} ${req.op.path} ${req.role}`);
          const started = Date.now();
          try {
            const res = await fetch(req.url, {
              method: req.op.method,
              headers: req.headers,
              body: req.body,
              signal: AbortSignal.timeout(HANG_MS),
            });
            const text = await res.text();
            sent += 1;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.status >= 500)
              failures.push({ index, what: '5xx', request: label, status: res.status, excerpt: text.slice(0, 300) });
            else if (Date.now() - started > HANG_MS) failures.push({ index, what: 'slow', request: label });
            const leak = leakIn(text, req.role);
            if (leak) failures.push({ index, what: `leak: ${leak}`, request: label, status: res.status });
          } catch (error) {
            sent += 1;
            failures.push({ index, what: `no answer within ${HANG_MS} ms (${(error as Error).name})`, request: label });
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    }
    const seconds = (Date.now() - t0) / 1000;
    const byStatus = [...statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    const fiveXx = [...statuses.entries()].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(
      `FUZZ: ${sent} requests in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s), ` +
        `${covered.size} operation × role pairs, 5xx: ${fiveXx}, failures: ${failures.length}; statuses ${byStatus}`,
    );
    if (failures.length)
      console.log(
        failures
          .slice(0, 25)
          .map((f) => JSON.stringify(f))
          .join('\n'),
      );
    expect(sent).toBe(RUNS);
    expect(failures.slice(0, 10)).toEqual([]);
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(health.status).toBe(200);
  }, 600_000);

  /** What a response must never hold for this role. */
  function leakIn(text: string, role: Role): string | null {
    if (SECRET_FIELDS.test(text)) return `secret field ${SECRET_FIELDS.exec(text)?.[1]}`;
    if (role === 'council admin') return null;
    const lower = text.toLowerCase();
    const own = role === 'resident' ? ROLE_EMAIL.resident : '';
    const email = privateEmails.find((e) => e.email !== own && lower.includes(e.email));
    if (email) return `another person's email ${email.email}`;
    const judge = judgeNames.find((name) => text.includes(name));
    if (judge) return `judge identity ${judge}`;
    return null;
  }
});
