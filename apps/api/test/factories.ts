import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { OrganisationRole } from '@challenge/contract';
import { hashPassword } from '../src/accounts/passwords';
import { hashToken, newToken } from '../src/common/auth/session-token';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
const testPasswordHash = (): Promise<string> => (cachedHash ??= hashPassword(TEST_PASSWORD));

export type TestUser = { id: string; email: string; password: string; displayName: string; token: string };

/** Unique per call, so tests sharing one database never collide. */
export const uniqueEmail = (label = 'user'): string => `${label}-${randomUUID().slice(0, 8)}@example.test`;

/**
 * Inserts an account straight into the database with a signed-in session, for tests of other
 * features. `token` works as `Authorization: Bearer <token>`. Accounts tests use the real routes.
 */
export async function createUser(
  db: DataSource,
  options: { email?: string; displayName?: string; verified?: boolean; platformAdmin?: boolean } = {},
): Promise<TestUser> {
  const email = (options.email ?? uniqueEmail()).toLowerCase();
  const displayName = options.displayName ?? `Test ${email.split('@')[0]}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at, is_platform_admin)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      email,
      displayName,
      await testPasswordHash(),
      options.verified === false ? null : new Date(),
      options.platformAdmin ?? false,
    ],
  );
  const id = rows[0]?.id ?? '';
  const token = newToken();
  await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    id,
    hashToken(token),
  ]);
  return { id, email, password: TEST_PASSWORD, displayName, token };
}

export async function createOrganisation(
  db: DataSource,
  name = `Council ${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; name: string; slug: string }> {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const rows: { id: string }[] = await db.query(`INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id`, [
    name,
    slug,
  ]);
  return { id: rows[0]?.id ?? '', name, slug };
}

export async function addMember(
  db: DataSource,
  organisationId: string,
  userId: string,
  role: OrganisationRole,
): Promise<void> {
  await db.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
    organisationId,
    userId,
    role,
  ]);
}

export const bearer = (user: { token: string }): [string, string] => ['Authorization', `Bearer ${user.token}`];
