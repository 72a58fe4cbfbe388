import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support votes. One person, one vote per idea is the unique index on (idea_id, voter_key): the
 * voter key is a keyed hash of the verified email, so it survives erasure (user_id becomes NULL,
 * the vote stays counted) and re-registration with the same email. Each person's allowance per
 * challenge is one row, locked and bumped in the vote's transaction; `used` never goes negative.
 */
export class Votes1795733000000 implements MigrationInterface {
  name = 'Votes1795733000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE challenges
        ADD COLUMN vote_allowance integer NOT NULL DEFAULT 5
          CONSTRAINT challenges_vote_allowance_range CHECK (vote_allowance BETWEEN 1 AND 100),
        ADD COLUMN allow_self_votes boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE idea_votes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        idea_id uuid NOT NULL REFERENCES ideas (id),
        voter_key text NOT NULL,
        user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        invalidated_at timestamptz,
        invalidated_reason text
      )`);
    await q.query(`CREATE UNIQUE INDEX idea_votes_one_per_voter ON idea_votes (idea_id, voter_key)`);
    await q.query(`CREATE INDEX idea_votes_voter_idx ON idea_votes (challenge_id, voter_key)`);
    await q.query(`CREATE INDEX idea_votes_user_idx ON idea_votes (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE challenge_voter_allowances (
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        voter_key text NOT NULL,
        used integer NOT NULL DEFAULT 0 CONSTRAINT challenge_voter_allowances_used_check CHECK (used >= 0),
        PRIMARY KEY (challenge_id, voter_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE challenge_voter_allowances`);
    await q.query(`DROP TABLE idea_votes`);
    await q.query(`ALTER TABLE challenges DROP COLUMN allow_self_votes, DROP COLUMN vote_allowance`);
  }
}
