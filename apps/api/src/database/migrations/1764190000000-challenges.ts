import { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = ['submissions', 'voting', 'shortlisting', 'judging', 'results'];

/**
 * Challenges, their hosting councils (the lead council included), prize tiers and versioned
 * rules. Stage order and the vote weight are checked here; "total prizes within the pot" spans
 * rows and is checked by the service.
 */
export class Challenges1764190000000 implements MigrationInterface {
  name = 'Challenges1764190000000';

  async up(q: QueryRunner): Promise<void> {
    const stageColumns = STAGES.map((s) => `${s}_opens_at timestamptz, ${s}_closes_at timestamptz,`).join('\n        ');
    const stageChecks = STAGES.map(
      (s) => `CONSTRAINT challenges_${s}_order CHECK (${s}_closes_at > ${s}_opens_at),`,
    ).join('\n        ');
    await q.query(`
      CREATE TABLE challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 150),
        title_cy text,
        summary text NOT NULL DEFAULT '',
        summary_cy text,
        description text NOT NULL DEFAULT '',
        description_cy text,
        problem_statement text NOT NULL DEFAULT '',
        problem_statement_cy text,
        eligibility text NOT NULL DEFAULT '',
        eligibility_cy text,
        how_to_enter text NOT NULL DEFAULT '',
        how_to_enter_cy text,
        judging_summary text NOT NULL DEFAULT '',
        judging_summary_cy text,
        categories text[] NOT NULL DEFAULT '{}',
        entrant_categories text[] NOT NULL DEFAULT '{}',
        prize_pot_pence bigint CHECK (prize_pot_pence >= 0),
        public_vote_weight numeric(4, 3) CHECK (public_vote_weight >= 0 AND public_vote_weight <= 1),
        requires_verified_email boolean NOT NULL DEFAULT true,
        pre_moderation boolean NOT NULL DEFAULT false,
        ${stageColumns}
        published_at timestamptz,
        shortlist_confirmed_at timestamptz,
        results_published_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        ${stageChecks}
        CONSTRAINT challenges_voting_after_submissions_open CHECK (voting_opens_at >= submissions_opens_at),
        CONSTRAINT challenges_judging_after_submissions CHECK (judging_opens_at >= submissions_closes_at),
        CONSTRAINT challenges_results_after_judging CHECK (results_opens_at >= judging_closes_at),
        CONSTRAINT challenges_published_has_submissions CHECK (
          published_at IS NULL OR (submissions_opens_at IS NOT NULL AND submissions_closes_at IS NOT NULL)
        )
      )`);
    await q.query(`CREATE INDEX challenges_organisation_idx ON challenges (organisation_id)`);
    await q.query(
      `CREATE INDEX challenges_published_idx ON challenges (submissions_opens_at, submissions_closes_at) WHERE published_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE challenge_hosts (
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX challenge_hosts_organisation_idx ON challenge_hosts (organisation_id)`);

    await q.query(`
      CREATE TABLE challenge_prizes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        name_cy text,
        amount_pence bigint NOT NULL CHECK (amount_pence > 0),
        count integer NOT NULL DEFAULT 1 CHECK (count >= 1),
        category text,
        position integer NOT NULL CHECK (position >= 0),
        UNIQUE (challenge_id, position)
      )`);

    await q.query(`
      CREATE TABLE challenge_rules_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        version integer NOT NULL CHECK (version >= 1),
        body text NOT NULL,
        body_cy text,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (challenge_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['challenge_rules_versions', 'challenge_prizes', 'challenge_hosts', 'challenges']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
