import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps a surge of votes on one idea from queueing on its row. `ideas.vote_count` was part of
 * ideas_top_idx, so no counter update could be done in place (a HOT update): every vote wrote a
 * new version of the wide ideas row and an entry in each of its eight indexes while holding the
 * row lock, and the dead versions slowed the next vote down (npm run bench:votes, one-idea phase).
 * Without the counter in any index, and with free space left on each page, the update rewrites
 * the row inside its page and touches no index. Listings sorted by votes sort the challenge's
 * listed ideas (found through ideas_recent_idx), which is milliseconds at 10,000 ideas.
 */
export class VoteCounterInPlace1795742000000 implements MigrationInterface {
  name = 'VoteCounterInPlace1795742000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ideas_top_idx`);
    await q.query(`ALTER TABLE ideas SET (fillfactor = 70)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ideas RESET (fillfactor)`);
    await q.query(
      `CREATE INDEX ideas_top_idx ON ideas (challenge_id, vote_count DESC, id) WHERE status = 'submitted' AND moderation_status = 'approved'`,
    );
  }
}
