import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import type { IdeaDetail } from '@challenge/contract';
import { bearer, TestUser } from './factories';

export const DAY = 86_400_000;
/** A fixed "now" for idea tests; set it with jest.spyOn(app.get(CLOCK), 'now'). */
export const IDEAS_NOW = new Date('2031-05-01T12:00:00Z');
export const daysFrom = (days: number, from = IDEAS_NOW): Date => new Date(from.getTime() + days * DAY);

export type Window = { opensAt: Date; closesAt: Date | null };
export type TestChallengeOptions = {
  submissions?: Window;
  voting?: Window | null;
  categories?: string[];
  entrantCategories?: string[];
  /** Rules bodies, oldest first: each becomes a version (1, 2…). */
  rules?: string[];
  preModeration?: boolean;
  requiresVerifiedEmail?: boolean;
  /** Default: published a week before IDEAS_NOW; null leaves it a draft. */
  publishedAt?: Date | null;
  coHostIds?: string[];
};

/**
 * A challenge straight in the database, by default published with submissions open around
 * IDEAS_NOW (from 10 days before to 20 after), no voting, no categories, no rules.
 */
export async function createTestChallenge(
  db: DataSource,
  organisationId: string,
  options: TestChallengeOptions = {},
): Promise<{ id: string }> {
  const submissions = options.submissions ?? { opensAt: daysFrom(-10), closesAt: daysFrom(20) };
  const voting = options.voting ?? null;
  const slug = `ideas-${randomUUID().slice(0, 12)}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO challenges (organisation_id, slug, title, categories, entrant_categories, requires_verified_email,
                             pre_moderation, submissions_opens_at, submissions_closes_at, voting_opens_at,
                             voting_closes_at, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      organisationId,
      slug,
      `Challenge ${slug}`,
      options.categories ?? [],
      options.entrantCategories ?? [],
      options.requiresVerifiedEmail ?? true,
      options.preModeration ?? false,
      submissions.opensAt,
      submissions.closesAt,
      voting?.opensAt ?? null,
      voting?.closesAt ?? null,
      options.publishedAt === undefined ? daysFrom(-7) : options.publishedAt,
    ],
  );
  const id = rows[0]?.id ?? '';
  for (const host of [organisationId, ...(options.coHostIds ?? [])]) {
    await db.query(`INSERT INTO challenge_hosts (challenge_id, organisation_id) VALUES ($1, $2)`, [id, host]);
  }
  for (const [i, body] of (options.rules ?? []).entries()) {
    await db.query(`INSERT INTO challenge_rules_versions (challenge_id, version, body) VALUES ($1, $2, $3)`, [
      id,
      i + 1,
      body,
    ]);
  }
  return { id };
}

/** A submitted (or other status) idea straight in the database, for tests of reading and listing. */
export async function insertIdea(
  db: DataSource,
  challengeId: string,
  authorId: string,
  values: {
    title?: string;
    summary?: string;
    description?: string;
    category?: string | null;
    status?: 'draft' | 'submitted' | 'withdrawn';
    moderationStatus?: 'pending' | 'approved' | 'hidden';
    voteCount?: number;
    submittedAt?: Date;
  } = {},
): Promise<string> {
  const status = values.status ?? 'submitted';
  const submittedAt = status === 'draft' ? null : (values.submittedAt ?? IDEAS_NOW);
  const rows: { id: string }[] = await db.query(
    `INSERT INTO ideas (challenge_id, author_id, title, summary, description, category, status, moderation_status,
                        hidden_reason, vote_count, submitted_at, rules_acknowledged_at, withdrawn_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id`,
    [
      challengeId,
      authorId,
      values.title ?? `Idea ${randomUUID().slice(0, 8)}`,
      values.summary ?? '',
      values.description ?? '',
      values.category ?? null,
      status,
      values.moderationStatus ?? 'approved',
      values.moderationStatus === 'hidden' ? 'Hidden in a test' : null,
      values.voteCount ?? 0,
      submittedAt,
      status === 'withdrawn' ? IDEAS_NOW : null,
    ],
  );
  return rows[0]?.id ?? '';
}

/** POST /challenges/:id/ideas as `user`, expecting `status`; returns the body. */
export async function postIdea(
  http: () => TestAgent,
  user: TestUser,
  challengeId: string,
  body: Record<string, unknown>,
  status = 201,
): Promise<IdeaDetail & { message?: string; code?: string }> {
  const res = await http()
    .post(`/api/v1/challenges/${challengeId}/ideas`)
    .set(...bearer(user))
    .send(body);
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as IdeaDetail & { message?: string; code?: string };
}

export async function ideaRow(db: DataSource, id: string): Promise<Record<string, unknown> | undefined> {
  const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM ideas WHERE id = $1`, [id]);
  return rows[0];
}

/** The smallest valid PNG (1×1 transparent pixel). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a Windows executable ("MZ" header). */
export const FAKE_EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(512, 0x41)]);
