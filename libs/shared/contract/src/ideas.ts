/** Ideas, their teams, attachments and comments: the shapes the API and the web app share. */

export type IdeaStatus = 'draft' | 'submitted' | 'withdrawn';
export type ModerationStatus = 'pending' | 'approved' | 'hidden';
export type IdeaSort = 'random' | 'top' | 'recent';

export type IdeaLocation = { label: string | null; latitude: number; longitude: number };

/** Create a draft (`submit` false or absent) or submit at once (`submit` true needs `acknowledgeRules`). */
export type CreateIdeaRequest = {
  title: string;
  /** null clears it. */
  summary?: string | null;
  /** Markdown; rendered and sanitised by the API as `descriptionHtml`. null clears it. */
  description?: string | null;
  category?: string | null;
  entrantCategory?: string | null;
  location?: IdeaLocation | null;
  submit?: boolean;
  /** The rules version the author acknowledges; must be the version in force when submitting. */
  acknowledgeRulesVersion?: number;
};

/** Edit while submissions are open (authors and co-authors). `submit` turns a draft into an entry. */
export type UpdateIdeaRequest = Partial<Omit<CreateIdeaRequest, 'submit'>> & { submit?: boolean };

export type ListIdeasQuery = {
  q?: string;
  category?: string;
  sort?: IdeaSort;
  page?: number;
  pageSize?: number;
  /** Seed of the `random` order; defaults to the caller (account or visitor cookie) so it stays stable. */
  seed?: string;
};

export type PersonRef = { id: string; displayName: string };

export type IdeaSummary = {
  id: string;
  challengeId: string;
  title: string;
  summary: string;
  category: string | null;
  entrantCategory: string | null;
  status: IdeaStatus;
  moderationStatus: ModerationStatus;
  author: PersonRef;
  voteCount: number;
  commentCount: number;
  submittedAt: string | null;
  createdAt: string;
};

export type Attachment = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Served only through the API, with the idea's access checks. */
  url: string;
  createdAt: string;
};

export type IdeaInvitation = { id: string; email: string; createdAt: string; expiresAt: string };

export type IdeaDetail = IdeaSummary & {
  description: string;
  descriptionHtml: string;
  location: IdeaLocation | null;
  team: PersonRef[];
  attachments: Attachment[];
  rulesVersion: number | null;
  withdrawnAt: string | null;
  hiddenReason: string | null;
  /** What the caller may do. */
  viewer: { isAuthor: boolean; isTeamMember: boolean; canEdit: boolean; canModerate: boolean };
  /** Pending team invitations: shown to the author and team only. */
  invitations: IdeaInvitation[];
};

export type SimilarIdea = { id: string; title: string; summary: string; similarity: number; voteCount: number };

export type InviteTeamMemberRequest = { email: string };
export type AcceptInvitationRequest = { token: string };

export type Comment = {
  id: string;
  ideaId: string;
  author: PersonRef;
  body: string;
  moderationStatus: ModerationStatus;
  createdAt: string;
  /** Why moderators hid it; only ever sent to its author and the challenge's moderators. */
  hiddenReason?: string | null;
};

export type CreateCommentRequest = { body: string };
export type CreateReportRequest = { reason: string; commentId?: string };
/** `GET /ideas/:id/comments` answers `Comment[]`, oldest first, `pageSize` (default 100) at a time. */
export type ListCommentsQuery = { page?: number; pageSize?: number };
export type Report = {
  id: string;
  ideaId: string;
  commentId: string | null;
  reason: string;
  status: ReportStatus;
  createdAt: string;
};
export type ReportStatus = 'open' | 'resolved' | 'dismissed';
