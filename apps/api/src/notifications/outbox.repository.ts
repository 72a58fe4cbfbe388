import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutboxStatus } from './outbox-email.entity';

export const MAX_ATTEMPTS = 5;
/** How long a claimed email stays reserved for the worker that claimed it. */
const LEASE = `interval '5 minutes'`;

export type ClaimedEmail = {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  template: string;
  attempts: number;
};
export type OutboxRow = ClaimedEmail & { status: OutboxStatus; created_at: Date };

/** Every query on outbox_emails apart from the insert (MailService.enqueue). */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Reserves up to `limit` due emails in one statement. `FOR UPDATE SKIP LOCKED` plus the lease
   * means two replicas claiming at once get disjoint rows, and a crashed worker's rows come back
   * once the lease runs out.
   */
  async claimDue(limit: number): Promise<ClaimedEmail[]> {
    const [rows]: [ClaimedEmail[], number] = await this.dataSource.query(
      `UPDATE outbox_emails SET locked_until = now() + ${LEASE}
        WHERE id IN (
          SELECT id FROM outbox_emails
           WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
           ORDER BY next_attempt_at, created_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, subject, body_text, template, attempts`,
      [limit],
    );
    return rows;
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_emails SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL, locked_until = NULL
        WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  async markCaptured(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_emails SET status = 'captured', locked_until = NULL WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /** Counts a failed attempt: retried after 30 s, 1, 2, 4 minutes; failed for good after MAX_ATTEMPTS. */
  async markAttemptFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_emails
          SET attempts = attempts + 1,
              last_error = $2,
              locked_until = NULL,
              status = CASE WHEN attempts + 1 >= $3 THEN 'failed' ELSE 'pending' END,
              next_attempt_at = now() + make_interval(secs => 30 * power(2, attempts))
        WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 1000), MAX_ATTEMPTS],
    );
  }

  /** Every email to one address, whatever its delivery status, newest first. */
  listTo(address: string, limit: number): Promise<OutboxRow[]> {
    return this.dataSource.query(
      `SELECT id, to_address, subject, body_text, template, attempts, status, created_at
         FROM outbox_emails WHERE lower(to_address) = lower($1)
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [address, limit],
    );
  }
}
