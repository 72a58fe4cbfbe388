import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, one-time tokens, councils and their members, the audit log and the email outbox. */
export class InitialSchema1764180000000 implements MigrationInterface {
  name = 'InitialSchema1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        password_hash text,
        email_verified_at timestamptz,
        is_platform_admin boolean NOT NULL DEFAULT false,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'cy')),
        erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_live_or_erased CHECK (
          (erased_at IS NULL AND email IS NOT NULL AND password_hash IS NOT NULL)
          OR (erased_at IS NOT NULL AND email IS NULL AND password_hash IS NULL)
        ),
        CONSTRAINT users_email_lowercase CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email) WHERE email IS NOT NULL`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX user_tokens_user_id_idx ON user_tokens (user_id)`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 2 AND 120),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        created_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name))`);

    await q.query(`
      CREATE TABLE organisation_members (
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('admin', 'moderator')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await q.query(`CREATE INDEX organisation_members_user_id_idx ON organisation_members (user_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id),
        organisation_id uuid REFERENCES organisations (id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, occurred_at DESC)`);

    await q.query(`
      CREATE TABLE outbox_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        template text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'captured', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_emails_to_idx ON outbox_emails (lower(to_address), created_at DESC)`);
    await q.query(`CREATE INDEX outbox_emails_pending_idx ON outbox_emails (created_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_emails',
      'audit_log',
      'organisation_members',
      'organisations',
      'user_tokens',
      'sessions',
      'users',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
