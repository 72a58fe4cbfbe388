import type { IdeaStatus, ModerationStatus } from '@challenge/contract';

export type IdeaVisibilityFacts = {
  status: IdeaStatus;
  moderationStatus: ModerationStatus;
  authorId: string;
  /** Accepted co-authors. */
  teamUserIds: readonly string[];
};

export type IdeaViewer = { userId?: string; canModerate: boolean };

/**
 * Who may see an idea. The public (and every other account) sees only submitted, approved
 * ideas. The author and accepted co-authors always see their own idea (draft, withdrawn,
 * pending or hidden, with the reason). Moderators and admins of a hosting council see every
 * submitted or withdrawn idea, including pending and hidden ones, but never someone's draft.
 * Callers answer 404 when this is false, so hidden and draft ideas do not reveal they exist.
 */
export function canViewIdea(idea: IdeaVisibilityFacts, viewer: IdeaViewer): boolean {
  const isTeam =
    viewer.userId !== undefined && (viewer.userId === idea.authorId || idea.teamUserIds.includes(viewer.userId));
  if (isTeam) return true;
  if (idea.status === 'draft') return false;
  if (viewer.canModerate) return true;
  return idea.status === 'submitted' && idea.moderationStatus === 'approved';
}

/** SQL condition (on alias `i`) for ideas shown in public listings. Keep in step with canViewIdea. */
export const PUBLICLY_LISTED = `i.status = 'submitted' AND i.moderation_status = 'approved'`;
