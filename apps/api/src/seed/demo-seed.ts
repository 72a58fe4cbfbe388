import type { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DemoOrganisationKey } from './demo-accounts';

/** What the demo seed created, by key, for later steps (challenges, ideas, votes) to build on. */
export type DemoData = {
  userIds: Map<string, string>;
  organisationIds: Map<DemoOrganisationKey, string>;
  platformAdminId: string;
};

/** Any key works as long as it is fixed: it serialises seeding across replicas starting at once. */
export const DEMO_SEED_LOCK = 727_001;

export async function lockDemoSeed(m: EntityManager): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock($1)`, [DEMO_SEED_LOCK]);
}

/**
 * The seed runs only on a brand-new installation: no council yet. (Accounts may already exist:
 * the platform admin bootstrapped from ADMIN_EMAIL is created first.)
 */
export async function installationIsEmpty(m: EntityManager): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM organisations LIMIT 1`);
  return rows.length === 0;
}

export async function createDemoAccounts(m: EntityManager, passwordHash: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    // An address already registered (e.g. ADMIN_EMAIL) keeps its account and password.
    await m.query(
      `INSERT INTO users (email, display_name, password_hash, email_verified_at, is_platform_admin, locale)
       VALUES ($1, $2, $3, now(), $4, $5) ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING`,
      [account.email, account.displayName, passwordHash, account.platformAdmin ?? false, account.locale],
    );
    const rows: { id: string }[] = await m.query(`SELECT id FROM users WHERE email = $1`, [account.email]);
    ids.set(account.email, rows[0]?.id ?? '');
  }
  return ids;
}

export async function createDemoOrganisations(
  m: EntityManager,
  createdByUserId: string,
): Promise<Map<DemoOrganisationKey, string>> {
  const ids = new Map<DemoOrganisationKey, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO organisations (name, slug, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`,
      [organisation.name, organisation.slug, createdByUserId],
    );
    ids.set(organisation.key, rows[0]?.id ?? '');
  }
  return ids;
}

export async function addDemoMemberships(
  m: EntityManager,
  userIds: Map<string, string>,
  organisationIds: Map<DemoOrganisationKey, string>,
): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (!account.membership) continue;
    await m.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
      organisationIds.get(account.membership.organisation),
      userIds.get(account.email),
      account.membership.role,
    ]);
  }
}
