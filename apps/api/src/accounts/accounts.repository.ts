import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Locale, OrganisationRole } from '@challenge/contract';
import type { UserTokenPurpose } from './user-token.entity';

export type UserRow = {
  id: string;
  email: string;
  display_name: string;
  email_verified_at: Date | null;
  is_platform_admin: boolean;
  locale: Locale;
  created_at: Date;
};
export type MembershipRow = { organisation_id: string; organisation_name: string; role: OrganisationRole };
export type JudgingRow = { challenge_id: string; title: string };
export type SessionRow = { created_at: Date; expires_at: Date; revoked_at: Date | null; user_agent: string | null };
export type AuditRow = { occurred_at: Date; action: string; target_type: string; target_id: string | null };
export type VoteRow = { challenge_id: string; idea_id: string; title: string; created_at: Date; invalidated: boolean };
export type PairwiseAnswerRow = {
  challenge_id: string;
  idea_low: string;
  idea_high: string;
  winner_idea_id: string | null;
  created_at: Date;
};
export type EmailRow = { created_at: Date; subject: string; template: string };
export type TokenState = { user_id: string; used_at: Date | null; superseded_at: Date | null; expires_at: Date };

/** TypeORM answers an UPDATE … RETURNING on Postgres with `[rows, rowCount]`; this gives the rows. */
async function updateReturning<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await m.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

const USER_COLUMNS = 'id, email, display_name, email_verified_at, is_platform_admin, locale, created_at';

/**
 * Every query of the accounts feature. Each method takes the EntityManager to run on, so a
 * caller inside a transaction passes the transaction's manager (PGlite has one connection).
 */
@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Inserts a live account unless the email already belongs to one; null when it does. */
  async insertUserIfAbsent(
    m: EntityManager,
    user: {
      email: string;
      displayName: string;
      passwordHash: string;
      locale: Locale;
      verified: boolean;
      platformAdmin: boolean;
    },
  ): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO users (email, display_name, password_hash, locale, email_verified_at, is_platform_admin)
       VALUES ($1, $2, $3, $4, CASE WHEN $5::boolean THEN now() END, $6)
       ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING
       RETURNING id`,
      [user.email, user.displayName, user.passwordHash, user.locale, user.verified, user.platformAdmin],
    );
    return rows[0]?.id ?? null;
  }

  async findLiveByEmail(m: EntityManager, email: string): Promise<UserRow | null> {
    const rows: UserRow[] = await m.query(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1 AND erased_at IS NULL`, [
      email,
    ]);
    return rows[0] ?? null;
  }

  async findLiveById(m: EntityManager, id: string): Promise<UserRow | null> {
    const rows: UserRow[] = await m.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 AND erased_at IS NULL`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async findCredentials(m: EntityManager, email: string): Promise<{ id: string; password_hash: string } | null> {
    const rows: { id: string; password_hash: string }[] = await m.query(
      `SELECT id, password_hash FROM users WHERE email = $1 AND erased_at IS NULL`,
      [email],
    );
    return rows[0] ?? null;
  }

  async memberships(m: EntityManager, userId: string): Promise<MembershipRow[]> {
    return m.query(
      `SELECT om.organisation_id, o.name AS organisation_name, om.role
         FROM organisation_members om JOIN organisations o ON o.id = om.organisation_id
        WHERE om.user_id = $1
        ORDER BY o.name, om.role`,
      [userId],
    );
  }

  async judging(m: EntityManager, userId: string): Promise<JudgingRow[]> {
    return m.query(
      `SELECT c.id AS challenge_id, c.title FROM challenge_judges j JOIN challenges c ON c.id = j.challenge_id
        WHERE j.user_id = $1 ORDER BY c.title`,
      [userId],
    );
  }

  async updateProfile(
    m: EntityManager,
    userId: string,
    changes: { displayName?: string; locale?: Locale },
  ): Promise<void> {
    await m.query(
      `UPDATE users SET display_name = coalesce($2, display_name), locale = coalesce($3, locale), updated_at = now()
        WHERE id = $1 AND erased_at IS NULL`,
      [userId, changes.displayName ?? null, changes.locale ?? null],
    );
  }

  async markEmailVerified(m: EntityManager, userId: string): Promise<void> {
    await m.query(
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
        WHERE id = $1 AND erased_at IS NULL`,
      [userId],
    );
  }

  async setPasswordHash(m: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await m.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1 AND erased_at IS NULL`, [
      userId,
      passwordHash,
    ]);
  }

  /** Makes a live account a platform admin; true when it was not one before. */
  async grantPlatformAdmin(m: EntityManager, userId: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      m,
      `UPDATE users SET is_platform_admin = true, updated_at = now()
        WHERE id = $1 AND erased_at IS NULL AND NOT is_platform_admin RETURNING id`,
      [userId],
    );
    return rows.length > 0;
  }

  // --- one-time tokens -------------------------------------------------------------------------

  /** A new link of a purpose supersedes every other outstanding one of that purpose for the account. */
  async insertToken(
    m: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    tokenHash: string,
    ttlSeconds: number,
  ): Promise<void> {
    await this.supersedeTokens(m, userId, [purpose]);
    await m.query(
      `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [userId, purpose, tokenHash, ttlSeconds],
    );
  }

  /** Retires every outstanding (unused, not yet superseded) link of these purposes for the account. */
  async supersedeTokens(m: EntityManager, userId: string, purposes: UserTokenPurpose[]): Promise<void> {
    // One account's links change one request at a time (two resets at once would both insert).
    await m.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    await m.query(
      `UPDATE user_tokens SET superseded_at = now()
        WHERE user_id = $1 AND purpose = ANY($2::text[]) AND used_at IS NULL AND superseded_at IS NULL`,
      [userId, purposes],
    );
  }

  /** Marks a valid token used, atomically (single use under concurrency); its user, or null. */
  async consumeToken(m: EntityManager, purpose: UserTokenPurpose, tokenHash: string): Promise<string | null> {
    const rows = await updateReturning<{ user_id: string }>(
      m,
      `UPDATE user_tokens t SET used_at = now()
         FROM users u
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.superseded_at IS NULL
          AND t.expires_at > now()
          AND u.id = t.user_id AND u.erased_at IS NULL
        RETURNING t.user_id`,
      [tokenHash, purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  async findToken(m: EntityManager, purpose: UserTokenPurpose, tokenHash: string): Promise<TokenState | null> {
    const rows: TokenState[] = await m.query(
      `SELECT user_id, used_at, superseded_at, expires_at FROM user_tokens WHERE token_hash = $1 AND purpose = $2`,
      [tokenHash, purpose],
    );
    return rows[0] ?? null;
  }

  // --- sessions --------------------------------------------------------------------------------

  async insertSession(
    m: EntityManager,
    userId: string,
    tokenHash: string,
    ttlHours: number,
    userAgent: string | null,
  ): Promise<Date> {
    const rows: { expires_at: Date }[] = await m.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent)
       VALUES ($1, $2, now() + make_interval(hours => $3), $4) RETURNING expires_at`,
      [userId, tokenHash, ttlHours, userAgent],
    );
    const expiresAt = rows[0]?.expires_at;
    if (!expiresAt) throw new Error('The session was not created');
    return expiresAt;
  }

  async revokeSession(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllSessions(m: EntityManager, userId: string): Promise<void> {
    await m.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  // --- export and erasure ----------------------------------------------------------------------

  async sessionsOf(m: EntityManager, userId: string): Promise<SessionRow[]> {
    return m.query(
      `SELECT created_at, expires_at, revoked_at, user_agent FROM sessions WHERE user_id = $1 ORDER BY created_at DESC`,
      [userId],
    );
  }

  async auditByActor(m: EntityManager, userId: string): Promise<AuditRow[]> {
    return m.query(
      `SELECT occurred_at, action, target_type, target_id FROM audit_log WHERE actor_user_id = $1 ORDER BY occurred_at DESC, id DESC`,
      [userId],
    );
  }

  async votesOf(m: EntityManager, userId: string): Promise<VoteRow[]> {
    return m.query(
      `SELECT v.challenge_id, v.idea_id, i.title, v.created_at, v.invalidated_at IS NOT NULL AS invalidated
         FROM idea_votes v JOIN ideas i ON i.id = v.idea_id WHERE v.user_id = $1 ORDER BY v.created_at`,
      [userId],
    );
  }

  async pairwiseAnswersOf(m: EntityManager, userId: string): Promise<PairwiseAnswerRow[]> {
    return m.query(
      `SELECT challenge_id, idea_low, idea_high, winner_idea_id, created_at
         FROM pairwise_comparisons WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async emailsTo(m: EntityManager, email: string): Promise<EmailRow[]> {
    return m.query(
      `SELECT created_at, subject, template FROM outbox_emails WHERE lower(to_address) = lower($1) ORDER BY created_at DESC`,
      [email],
    );
  }

  /**
   * Erases an account in place: personal data goes, the row stays so authored content and the
   * audit trail keep a (now anonymous) author. Returns the former email, or null if already erased.
   */
  /** Councils where the user is the only admin (erasing them would leave nobody to run it). */
  async soleAdminOf(m: EntityManager, userId: string): Promise<string[]> {
    const rows: { name: string }[] = await m.query(
      `SELECT o.name FROM organisation_members om JOIN organisations o ON o.id = om.organisation_id
        WHERE om.user_id = $1 AND om.role = 'admin'
          AND NOT EXISTS (SELECT 1 FROM organisation_members other
                           WHERE other.organisation_id = om.organisation_id AND other.role = 'admin' AND other.user_id <> $1)
        ORDER BY o.name`,
      [userId],
    );
    return rows.map((r) => r.name);
  }

  /** Sets a new password hash and marks the address verified (the owner proved it or the operator set it). */
  async resetCredentials(m: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await m.query(
      `UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
        WHERE id = $1 AND erased_at IS NULL`,
      [userId, passwordHash],
    );
  }

  async erase(m: EntityManager, userId: string): Promise<string | null> {
    const rows: { email: string }[] = await m.query(
      `SELECT email FROM users WHERE id = $1 AND erased_at IS NULL FOR UPDATE`,
      [userId],
    );
    const email = rows[0]?.email;
    if (!email) return null;
    await m.query(
      `UPDATE users SET email = NULL, password_hash = NULL, display_name = 'Deleted user', erased_at = now(), updated_at = now()
        WHERE id = $1`,
      [userId],
    );
    // Deleted, not revoked: a session row keeps the browser's user agent, which is personal data.
    await m.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
    await m.query(`DELETE FROM user_tokens WHERE user_id = $1`, [userId]);
    await m.query(`DELETE FROM organisation_members WHERE user_id = $1`, [userId]);
    await m.query(`DELETE FROM challenge_judges WHERE user_id = $1`, [userId]);
    // Votes stay counted but can no longer be linked to the account (their voter key stays).
    await m.query(`UPDATE idea_votes SET user_id = NULL WHERE user_id = $1`, [userId]);
    await m.query(`UPDATE pairwise_comparisons SET user_id = NULL WHERE user_id = $1`, [userId]);
    await m.query(`DELETE FROM outbox_emails WHERE lower(to_address) = lower($1)`, [email]);
    return email;
  }
}
