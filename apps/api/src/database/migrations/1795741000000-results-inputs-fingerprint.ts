import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fingerprint of the inputs confirmed results were computed from (a sha256 per group: scores,
 * votes, conflicts, prizes…). Publishing recomputes it and refuses when the inputs have changed
 * since the confirmation, so an out-of-date ranking is never published. Null for results
 * confirmed before this column existed: they must be confirmed again.
 */
export class ResultsInputsFingerprint1795741000000 implements MigrationInterface {
  name = 'ResultsInputsFingerprint1795741000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE challenge_results ADD COLUMN inputs_fingerprint jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE challenge_results DROP COLUMN inputs_fingerprint`);
  }
}
