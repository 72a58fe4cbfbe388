import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export type OutgoingMail = { to: string; template: string; subject: string; text: string };

/**
 * Puts an email in the outbox. Pass the transaction's manager so the email exists only if the
 * change that caused it commits; the outbox worker delivers it (SMTP) or captures it (development).
 */
@Injectable()
export class MailService {
  constructor(private readonly dataSource: DataSource) {}

  async enqueue(mail: OutgoingMail, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_emails (to_address, template, subject, body_text) VALUES ($1, $2, $3, $4) RETURNING id`,
      [mail.to.toLowerCase(), mail.template, mail.subject, mail.text],
    );
    return rows[0]?.id ?? '';
  }
}
