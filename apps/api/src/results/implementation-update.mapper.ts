import type { ImplementationUpdate } from '@challenge/contract';
import type { ImplementationUpdateRow } from './implementation-updates.repository';

export const toImplementationUpdate = (row: ImplementationUpdateRow): ImplementationUpdate => ({
  id: row.id,
  ideaId: row.idea_id,
  ideaTitle: row.idea_title,
  status: row.status,
  body: row.body,
  bodyCy: row.body_cy,
  spendPence: row.spend_pence === null ? null : Number(row.spend_pence),
  createdAt: row.created_at.toISOString(),
});
