import type { DevMail } from '@challenge/contract';
import type { OutboxRow } from './outbox.repository';

export const toDevMail = (row: OutboxRow): DevMail => ({
  id: row.id,
  to: row.to_address,
  subject: row.subject,
  text: row.body_text,
  template: row.template,
  status: row.status,
  createdAt: row.created_at.toISOString(),
});
