import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A short-lived cache of the public pairwise scores of large challenges, shared by every API
 * replica: the Bradley–Terry fit takes seconds at hundreds of thousands of answers, so the public
 * route serves a result up to a minute old there. `refreshing_until` is a lease: one replica
 * recomputes an expired entry while the others keep serving the old one.
 */
export class PairwiseScoreCache1795736000000 implements MigrationInterface {
  name = 'PairwiseScoreCache1795736000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pairwise_score_cache (
        challenge_id uuid PRIMARY KEY REFERENCES challenges (id),
        computed_at timestamptz NOT NULL,
        scores jsonb NOT NULL,
        refreshing_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pairwise_score_cache`);
  }
}
