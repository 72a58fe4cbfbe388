import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-challenge judge role: a judge of one challenge has no rights on any other. How people
 * become judges (invitations, acceptance) and what they do (conflicts, scores) build on this table.
 */
export class ChallengeJudges1795732000000 implements MigrationInterface {
  name = 'ChallengeJudges1795732000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE challenge_judges (
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        user_id uuid NOT NULL REFERENCES users (id),
        added_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, user_id)
      )`);
    await q.query(`CREATE INDEX challenge_judges_user_idx ON challenge_judges (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE challenge_judges`);
  }
}
