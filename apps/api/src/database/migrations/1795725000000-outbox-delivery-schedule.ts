import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the outbox worker retry with backoff (next_attempt_at) and claim rows with a lease
 * (locked_until), so several API replicas never deliver the same email at once.
 */
export class OutboxDeliverySchedule1795725000000 implements MigrationInterface {
  name = 'OutboxDeliverySchedule1795725000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_emails ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE outbox_emails ADD COLUMN locked_until timestamptz`);
    await q.query(`DROP INDEX outbox_emails_pending_idx`);
    await q.query(`CREATE INDEX outbox_emails_due_idx ON outbox_emails (next_attempt_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_emails_due_idx`);
    await q.query(`CREATE INDEX outbox_emails_pending_idx ON outbox_emails (created_at) WHERE status = 'pending'`);
    await q.query(`ALTER TABLE outbox_emails DROP COLUMN locked_until`);
    await q.query(`ALTER TABLE outbox_emails DROP COLUMN next_attempt_at`);
  }
}
