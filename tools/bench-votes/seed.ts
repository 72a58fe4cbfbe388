import type { Client } from 'pg';
import type { VoterIdentity } from './voters';

export type SeededChallenge = { challengeId: string; ideaIds: string[] };

const STEPS = 10;
const count = (n: number): string => n.toLocaleString('en-GB');

/** Runs `batch(from, to)` over 1..total in ten steps, printing progress after each. */
async function inSteps(
  label: string,
  total: number,
  batch: (from: number, to: number) => Promise<void>,
): Promise<void> {
  const started = Date.now();
  const step = Math.ceil(total / STEPS);
  for (let from = 1; from <= total; from += step) {
    const to = Math.min(total, from + step - 1);
    await batch(from, to);
    const pct = Math.round((to / total) * 100);
    console.log(
      `  ${label}: ${String(pct).padStart(3)} % (${count(to)} / ${count(total)}, ${Date.now() - started} ms)`,
    );
  }
}

/**
 * One council, one published challenge with voting open now, `ideas` submitted and approved ideas
 * by an author who never votes, and `voters` verified users each with one live session. Straight
 * SQL with generate_series: the register flow (password hashing, emails) would take hours.
 */
export async function seed(
  db: Client,
  sizes: { ideas: number; voters: number; allowance: number },
  identity: VoterIdentity,
): Promise<SeededChallenge> {
  const one = async (sql: string, params: unknown[] = []): Promise<string> => {
    const result = await db.query<{ id: string }>(sql, params);
    const id = result.rows[0]?.id;
    if (!id) throw new Error(`Seeding returned no id: ${sql.slice(0, 60)}`);
    return id;
  };
  const organisationId = await one(
    `INSERT INTO organisations (name, slug) VALUES ('Bench Council', 'bench-council') RETURNING id`,
  );
  // The users table wants a password hash on live accounts; this one matches no password.
  const authorId = await one(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at)
     VALUES ('author@bench.invalid', 'Bench author', '!no-login', now()) RETURNING id`,
  );
  const challengeId = await one(
    `INSERT INTO challenges (organisation_id, slug, title, submissions_opens_at, submissions_closes_at,
                             voting_opens_at, voting_closes_at, published_at, vote_allowance)
     VALUES ($1, 'bench-vote-surge', 'Bench: vote surge', now() - interval '30 days', now() + interval '30 days',
             now() - interval '1 day', now() + interval '30 days', now() - interval '30 days', $2) RETURNING id`,
    [organisationId, sizes.allowance],
  );
  await db.query(`INSERT INTO challenge_hosts (challenge_id, organisation_id) VALUES ($1, $2)`, [
    challengeId,
    organisationId,
  ]);

  await inSteps('ideas', sizes.ideas, async (from, to) => {
    await db.query(
      `INSERT INTO ideas (challenge_id, author_id, title, summary, status, moderation_status, submitted_at,
                          rules_acknowledged_at)
       SELECT $1, $2, 'Bench idea ' || g, 'An idea seeded for the vote surge benchmark', 'submitted', 'approved',
              now() - interval '2 days', now() - interval '2 days'
         FROM generate_series($3::int, $4::int) g`,
      [challengeId, authorId, from, to],
    );
  });

  await inSteps('voters and sessions', sizes.voters, async (from, to) => {
    // Voter n (1-based here) is voter number n - 1 everywhere else; the token is `<salt>.<n - 1>`.
    await db.query(
      `WITH created AS (
         INSERT INTO users (email, display_name, password_hash, email_verified_at)
         SELECT 'voter-' || (g - 1) || '@bench.invalid', 'Voter ' || (g - 1), '!no-login', now() - interval '60 days'
           FROM generate_series($1::int, $2::int) g
         RETURNING id, email)
       INSERT INTO sessions (user_id, token_hash, expires_at, user_agent)
       SELECT id, encode(sha256(convert_to($3 || '.' || substring(email FROM '^voter-([0-9]+)@'), 'UTF8')), 'hex'),
              now() + interval '1 day', 'bench-votes'
         FROM created`,
      [from, to, identity.salt],
    );
  });

  const started = Date.now();
  await db.query('ANALYZE');
  console.log(`  ANALYZE: ${Date.now() - started} ms`);
  const ideas = await db.query<{ id: string }>(`SELECT id FROM ideas WHERE challenge_id = $1 ORDER BY id`, [
    challengeId,
  ]);
  return { challengeId, ideaIds: ideas.rows.map((r) => r.id) };
}
