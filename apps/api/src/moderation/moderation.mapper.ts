import type { ModerationItem, ModerationStatus, ModerationTargetType } from '@challenge/contract';
import type { ReportRow } from '../comments/comment.mapper';

export type ModerationItemRow = {
  target_type: ModerationTargetType;
  target_id: string;
  idea_id: string;
  challenge_id: string;
  challenge_title: string;
  text: string;
  author_id: string;
  author_name: string;
  moderation_status: ModerationStatus;
  hidden_reason: string | null;
  created_at: Date;
};

/** The reports of an item: those on the idea itself for an idea, those on the comment for a comment. */
const reportsOf = (row: ModerationItemRow, reports: ReportRow[]): ReportRow[] =>
  reports.filter((r) =>
    row.target_type === 'idea' ? r.comment_id === null && r.idea_id === row.target_id : r.comment_id === row.target_id,
  );

export const toModerationItem = (row: ModerationItemRow, reports: ReportRow[]): ModerationItem => ({
  targetType: row.target_type,
  targetId: row.target_id,
  ideaId: row.idea_id,
  challengeId: row.challenge_id,
  challengeTitle: row.challenge_title,
  text: row.text,
  author: { id: row.author_id, displayName: row.author_name },
  moderationStatus: row.moderation_status,
  hiddenReason: row.hidden_reason,
  reports: reportsOf(row, reports).map((r) => ({
    id: r.id,
    reason: r.reason,
    status: r.status,
    createdAt: r.created_at.toISOString(),
  })),
  createdAt: row.created_at.toISOString(),
});
