import { MigrationInterface, QueryRunner } from 'typeorm';

/** The moderation queue looks up open reports by idea and by comment. */
export class ContentReportIndexes1795731000000 implements MigrationInterface {
  name = 'ContentReportIndexes1795731000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX content_reports_open_idea_idx ON content_reports (idea_id) WHERE status = 'open'`);
    await q.query(
      `CREATE INDEX content_reports_open_comment_idx ON content_reports (comment_id) WHERE status = 'open' AND comment_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX content_reports_open_comment_idx`);
    await q.query(`DROP INDEX content_reports_open_idea_idx`);
  }
}
