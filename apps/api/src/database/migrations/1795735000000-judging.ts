import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shortlisting, judging, results and prizes. The rules that can live in the schema do:
 *
 * - a criterion's range and positive weight are checks; a score is tied to its criterion's range
 *   by a composite foreign key (criterion id, min, max) and checked against it, so no route and no
 *   script can store a score outside the range;
 * - a judge is never assigned an idea they are conflicted on: a trigger refuses the assignment,
 *   and declaring a conflict removes that judge's assignment (and scores) for the idea;
 * - submitted assignments are locked: a trigger refuses score changes unless the assignment is
 *   open again (reopened by an admin, audited in the service);
 * - an override of a prize allocation needs a reason.
 */
export class Judging1795735000000 implements MigrationInterface {
  name = 'Judging1795735000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE challenges
        ADD COLUMN blind_review boolean NOT NULL DEFAULT true,
        ADD COLUMN judges_per_idea integer CONSTRAINT challenges_judges_per_idea_check CHECK (judges_per_idea BETWEEN 1 AND 50)`);
    await q.query(`ALTER TABLE challenge_prizes ADD COLUMN peoples_choice boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE challenge_shortlist (
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        position integer NOT NULL CHECK (position >= 0),
        added_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, idea_id)
      )`);
    await q.query(`CREATE INDEX challenge_shortlist_idea_idx ON challenge_shortlist (idea_id)`);

    await q.query(`
      CREATE TABLE rubric_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        position integer NOT NULL CHECK (position >= 0),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        name_cy text,
        description text NOT NULL DEFAULT '',
        description_cy text,
        min_score integer NOT NULL CHECK (min_score >= 0),
        max_score integer NOT NULL CHECK (max_score <= 1000),
        weight numeric(8, 4) NOT NULL CHECK (weight > 0),
        CONSTRAINT rubric_criteria_range CHECK (min_score < max_score),
        UNIQUE (challenge_id, position),
        UNIQUE (id, min_score, max_score)
      )`);

    await q.query(`
      CREATE TABLE judge_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id),
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE UNIQUE INDEX judge_invitations_pending ON judge_invitations (challenge_id, lower(email))
        WHERE accepted_at IS NULL AND revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE judge_conflicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        judge_id uuid NOT NULL REFERENCES users (id),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        recorded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (judge_id, idea_id)
      )`);
    await q.query(`CREATE INDEX judge_conflicts_challenge_idx ON judge_conflicts (challenge_id)`);

    await q.query(`
      CREATE TABLE judge_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        judge_id uuid NOT NULL REFERENCES users (id),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        reopened_at timestamptz,
        reopen_reason text,
        UNIQUE (judge_id, idea_id),
        CONSTRAINT judge_assignments_reopen_reason CHECK (reopened_at IS NULL OR reopen_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX judge_assignments_challenge_idx ON judge_assignments (challenge_id, idea_id)`);

    await q.query(`
      CREATE TABLE judge_scores (
        assignment_id uuid NOT NULL REFERENCES judge_assignments (id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL,
        min_score integer NOT NULL,
        max_score integer NOT NULL,
        score integer NOT NULL,
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (assignment_id, criterion_id),
        FOREIGN KEY (criterion_id, min_score, max_score)
          REFERENCES rubric_criteria (id, min_score, max_score) ON UPDATE CASCADE ON DELETE CASCADE,
        CONSTRAINT judge_scores_in_range CHECK (score BETWEEN min_score AND max_score)
      )`);

    await q.query(`
      CREATE FUNCTION judge_assignment_not_conflicted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM judge_conflicts c WHERE c.judge_id = NEW.judge_id AND c.idea_id = NEW.idea_id) THEN
          RAISE EXCEPTION 'judge % is conflicted on idea %', NEW.judge_id, NEW.idea_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'judge_assignments_not_conflicted';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER judge_assignments_not_conflicted BEFORE INSERT OR UPDATE OF judge_id, idea_id ON judge_assignments
        FOR EACH ROW EXECUTE FUNCTION judge_assignment_not_conflicted()`);
    await q.query(`
      CREATE FUNCTION judge_conflict_removes_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM judge_assignments a WHERE a.judge_id = NEW.judge_id AND a.idea_id = NEW.idea_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER judge_conflicts_remove_assignment AFTER INSERT ON judge_conflicts
        FOR EACH ROW EXECUTE FUNCTION judge_conflict_removes_assignment()`);
    await q.query(`
      CREATE FUNCTION judge_score_unlocked() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.assignment_id ELSE NEW.assignment_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM judge_assignments a WHERE a.id = target AND a.submitted_at IS NOT NULL) THEN
          RAISE EXCEPTION 'assignment % is submitted and locked', target
            USING ERRCODE = 'check_violation', CONSTRAINT = 'judge_scores_locked';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER judge_scores_locked BEFORE INSERT OR UPDATE OR DELETE ON judge_scores
        FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION judge_score_unlocked()`);

    await q.query(`
      CREATE TABLE challenge_results (
        challenge_id uuid PRIMARY KEY REFERENCES challenges (id),
        computed jsonb NOT NULL,
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES users (id),
        published_at timestamptz,
        published_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT challenge_results_published_confirmed CHECK (published_at IS NULL OR confirmed_at IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE prize_awards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        prize_id uuid NOT NULL REFERENCES challenge_prizes (id),
        slot integer NOT NULL CHECK (slot >= 0),
        idea_id uuid REFERENCES ideas (id),
        amount_pence bigint NOT NULL CHECK (amount_pence >= 0),
        overridden boolean NOT NULL DEFAULT false,
        override_reason text,
        overridden_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (prize_id, slot),
        CONSTRAINT prize_awards_override_reason CHECK (NOT overridden OR length(trim(coalesce(override_reason, ''))) > 0)
      )`);
    await q.query(`CREATE INDEX prize_awards_challenge_idx ON prize_awards (challenge_id)`);

    await q.query(`
      CREATE TABLE implementation_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        author_id uuid REFERENCES users (id),
        status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'stopped')),
        body text NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 10000),
        body_cy text,
        spend_pence bigint CHECK (spend_pence >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        digested_at timestamptz
      )`);
    await q.query(`CREATE INDEX implementation_updates_idea_idx ON implementation_updates (idea_id, created_at)`);
    await q.query(
      `CREATE INDEX implementation_updates_undigested_idx ON implementation_updates (created_at) WHERE digested_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'implementation_updates',
      'prize_awards',
      'challenge_results',
      'judge_scores',
      'judge_assignments',
      'judge_conflicts',
      'judge_invitations',
      'rubric_criteria',
      'challenge_shortlist',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const fn of ['judge_score_unlocked', 'judge_conflict_removes_assignment', 'judge_assignment_not_conflicted']) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`ALTER TABLE challenge_prizes DROP COLUMN peoples_choice`);
    await q.query(`ALTER TABLE challenges DROP COLUMN judges_per_idea, DROP COLUMN blind_review`);
  }
}
