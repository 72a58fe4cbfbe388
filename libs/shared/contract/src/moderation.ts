import type { ModerationStatus, ReportStatus } from './ideas';

export type ModerationTargetType = 'idea' | 'comment';

/** One item in a council's moderation queue: pending pre-moderation, or reported. */
export type ModerationItem = {
  targetType: ModerationTargetType;
  targetId: string;
  ideaId: string;
  challengeId: string;
  challengeTitle: string;
  /** The idea's title, or the comment's body. */
  text: string;
  author: { id: string; displayName: string };
  moderationStatus: ModerationStatus;
  hiddenReason: string | null;
  reports: { id: string; reason: string; status: ReportStatus; createdAt: string }[];
  createdAt: string;
};

export type ModerationQueueQuery = {
  organisationId?: string;
  status?: 'pending' | 'reported' | 'hidden';
  page?: number;
  pageSize?: number;
};

/** `hide` needs a reason; `approve` publishes pending content; `restore` un-hides; `dismiss` closes reports without action. */
export type ModerationAction = 'approve' | 'hide' | 'restore' | 'dismiss';
export type ModerationDecisionRequest = { action: ModerationAction; reason?: string };
