import type { AuditEntry } from '@challenge/contract';

export type AuditEntryRow = {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_display_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  details: Record<string, unknown>;
};

export const toAuditEntry = (row: AuditEntryRow): AuditEntry => ({
  id: String(row.id),
  occurredAt: row.occurred_at.toISOString(),
  actor: row.actor_user_id ? { id: row.actor_user_id, displayName: row.actor_display_name ?? '' } : null,
  action: row.action,
  targetType: row.target_type,
  targetId: row.target_id,
  details: row.details,
});
