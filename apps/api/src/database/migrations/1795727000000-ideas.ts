import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ideas with their team, attachments, comments and reports. Visibility is two facts: the
 * author's `status` (draft, submitted, withdrawn) and the moderators' `moderation_status`
 * (pending under pre-moderation, approved, hidden with a reason). Hidden content is never
 * deleted. `vote_count` and `comment_count` are counters kept in step with their tables by the
 * services in the same transaction, so listings never count rows per request.
 */
export class Ideas1795727000000 implements MigrationInterface {
  name = 'Ideas1795727000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        author_id uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'withdrawn')),
        moderation_status text NOT NULL DEFAULT 'approved' CHECK (moderation_status IN ('pending', 'approved', 'hidden')),
        hidden_reason text,
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 150),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 500),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        category text,
        entrant_category text,
        location_label text CHECK (length(location_label) <= 200),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        rules_version integer,
        rules_acknowledged_at timestamptz,
        submitted_at timestamptz,
        withdrawn_at timestamptz,
        vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', summary), 'B') ||
          setweight(to_tsvector('english', description), 'C')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ideas_submitted_acknowledged CHECK (
          status = 'draft' OR (submitted_at IS NOT NULL AND rules_acknowledged_at IS NOT NULL)
        ),
        CONSTRAINT ideas_withdrawn_dated CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
        CONSTRAINT ideas_hidden_has_reason CHECK (moderation_status <> 'hidden' OR hidden_reason IS NOT NULL),
        CONSTRAINT ideas_location_pair CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    const visible = `status = 'submitted' AND moderation_status = 'approved'`;
    await q.query(`CREATE INDEX ideas_top_idx ON ideas (challenge_id, vote_count DESC, id) WHERE ${visible}`);
    await q.query(`CREATE INDEX ideas_recent_idx ON ideas (challenge_id, submitted_at DESC, id) WHERE ${visible}`);
    await q.query(`CREATE INDEX ideas_category_idx ON ideas (challenge_id, category) WHERE ${visible}`);
    await q.query(`CREATE INDEX ideas_search_idx ON ideas USING gin (search)`);
    await q.query(`CREATE INDEX ideas_title_trgm_idx ON ideas USING gin (title gin_trgm_ops)`);
    await q.query(`CREATE INDEX ideas_author_idx ON ideas (author_id)`);
    await q.query(`CREATE INDEX ideas_pending_idx ON ideas (challenge_id) WHERE moderation_status = 'pending'`);

    await q.query(`
      CREATE TABLE idea_coauthors (
        idea_id uuid NOT NULL REFERENCES ideas (id),
        user_id uuid NOT NULL REFERENCES users (id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id)
      )`);
    await q.query(`CREATE INDEX idea_coauthors_user_idx ON idea_coauthors (user_id)`);

    await q.query(`
      CREATE TABLE idea_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        email text NOT NULL CHECK (email = lower(email)),
        invited_by uuid NOT NULL REFERENCES users (id),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX idea_invitations_open_key ON idea_invitations (idea_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE idea_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        uploaded_by uuid REFERENCES users (id),
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX idea_attachments_idea_idx ON idea_attachments (idea_id) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE idea_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        author_id uuid NOT NULL REFERENCES users (id),
        body text NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000),
        moderation_status text NOT NULL DEFAULT 'approved' CHECK (moderation_status IN ('pending', 'approved', 'hidden')),
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idea_comments_hidden_has_reason CHECK (moderation_status <> 'hidden' OR hidden_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX idea_comments_idea_idx ON idea_comments (idea_id, created_at)`);
    await q.query(
      `CREATE INDEX idea_comments_pending_idx ON idea_comments (idea_id) WHERE moderation_status = 'pending'`,
    );

    await q.query(`
      CREATE TABLE content_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        comment_id uuid REFERENCES idea_comments (id),
        reporter_id uuid NOT NULL REFERENCES users (id),
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
        resolved_by uuid REFERENCES users (id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT content_reports_resolution CHECK ((status = 'open') = (resolved_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX content_reports_open_key ON content_reports (reporter_id, idea_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'open'`,
    );
    await q.query(
      `CREATE INDEX content_reports_queue_idx ON content_reports (challenge_id, created_at) WHERE status = 'open'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'content_reports',
      'idea_comments',
      'idea_attachments',
      'idea_invitations',
      'idea_coauthors',
      'ideas',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
