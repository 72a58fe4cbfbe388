import type { Comment, ModerationStatus, Report, ReportStatus, Locale } from '@challenge/contract';

export type CommentRow = {
  id: string;
  idea_id: string;
  author_id: string;
  author_name: string;
  /** Null once the author's account is erased. */
  author_email: string | null;
  author_locale: Locale;
  body: string;
  moderation_status: ModerationStatus;
  hidden_reason: string | null;
  created_at: Date;
};

export type ReportRow = {
  id: string;
  idea_id: string;
  comment_id: string | null;
  reason: string;
  status: ReportStatus;
  created_at: Date;
};

/** Only the comment's author and the challenge's moderators are ever shown a non-approved comment, so the reason goes along. */
export const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  ideaId: row.idea_id,
  author: { id: row.author_id, displayName: row.author_name },
  body: row.body,
  moderationStatus: row.moderation_status,
  hiddenReason: row.hidden_reason,
  createdAt: row.created_at.toISOString(),
});

export const toReport = (row: ReportRow): Report => ({
  id: row.id,
  ideaId: row.idea_id,
  commentId: row.comment_id,
  reason: row.reason,
  status: row.status,
  createdAt: row.created_at.toISOString(),
});
