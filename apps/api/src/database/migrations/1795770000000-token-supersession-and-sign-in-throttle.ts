import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #12. A one-time emailed link can be superseded: a newer link of the same purpose, or a
 * completed reset, retires every other outstanding link for that account (superseded_at), and
 * only one live link of each purpose can exist per account (partial unique index).
 * sign_in_failures counts failed sign-ins per account (keyed by a hash of the address, so no
 * email is stored) when there is no Redis, so the per-account slow-down holds across replicas.
 */
export class TokenSupersessionAndSignInThrottle1795770000000 implements MigrationInterface {
  name = 'TokenSupersessionAndSignInThrottle1795770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_tokens ADD COLUMN superseded_at timestamptz`);
    // Links already out there: keep only the newest open one of each purpose per account.
    await q.query(`
      UPDATE user_tokens t SET superseded_at = now()
       WHERE t.used_at IS NULL AND EXISTS (
         SELECT 1 FROM user_tokens n
          WHERE n.user_id = t.user_id AND n.purpose = t.purpose AND n.used_at IS NULL
            AND (n.created_at, n.id) > (t.created_at, t.id))`);
    await q.query(`
      CREATE UNIQUE INDEX user_tokens_one_open_per_purpose ON user_tokens (user_id, purpose)
        WHERE used_at IS NULL AND superseded_at IS NULL`);
    await q.query(`
      CREATE TABLE sign_in_failures (
        account_hash text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures > 0),
        last_failure_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_failures`);
    await q.query(`DROP INDEX user_tokens_one_open_per_purpose`);
    await q.query(`ALTER TABLE user_tokens DROP COLUMN superseded_at`);
  }
}
