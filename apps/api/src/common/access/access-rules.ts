import { ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { canViewIdea } from '../../ideas/idea-visibility';
import type { ChallengeAccessRow, CommentAccessRow, IdeaAccessRow } from './access.repository';
import type { Permission } from './permission';

/** null: allowed; otherwise the exception the caller gets (404 hides what they may not know exists). */
export type Decision = HttpException | null;

export const NO_CHALLENGE = 'No challenge with that id';
export const NO_IDEA = 'No idea with that id';

const isPublished = (c: ChallengeAccessRow, now: Date): boolean =>
  c.published_at !== null && new Date(c.published_at).getTime() <= now.getTime();

export type ChallengePermission = Extract<
  Permission,
  'challenge.read' | 'challenge.participate' | 'challenge.manage' | `judging.${string}` | 'results.read'
>;

/** The challenge rules, as ChallengesService, JudgingAccess and ResultsAccess applied them before. */
export function decideChallenge(
  permission: ChallengePermission,
  c: ChallengeAccessRow | undefined,
  now: Date,
): Decision {
  if (!c) return new NotFoundException(NO_CHALLENGE);
  const published = isPublished(c, now);
  switch (permission) {
    case 'challenge.read':
      return c.is_admin || published ? null : new NotFoundException(NO_CHALLENGE);
    case 'challenge.participate':
      return published ? null : new NotFoundException(NO_CHALLENGE);
    case 'challenge.manage':
      if (c.is_admin) return null;
      if (!published) return new NotFoundException(NO_CHALLENGE);
      return new ForbiddenException('Only admins of the hosting councils can manage this challenge');
    case 'judging.judge':
      if (c.is_judge) return null;
      if (!c.is_admin && !published) return new NotFoundException(NO_CHALLENGE);
      return new ForbiddenException({ message: 'Only judges of this challenge can do this', code: 'not_on_panel' });
    case 'judging.panel':
      if (c.is_admin || c.is_judge) return null;
      if (!published) return new NotFoundException(NO_CHALLENGE);
      return new ForbiddenException({
        message: 'Only admins of the hosting councils and judges of this challenge can do this',
        code: 'not_on_panel',
      });
    case 'judging.shortlist.read':
      return c.is_admin || c.is_judge || published ? null : new NotFoundException(NO_CHALLENGE);
    case 'results.read':
      if (!c.is_admin && !published) return new NotFoundException(NO_CHALLENGE);
      return c.is_admin || c.results_published
        ? null
        : new NotFoundException('No published results for this challenge');
    default:
      return new ForbiddenException(`Unknown challenge permission ${permission satisfies never}`);
  }
}

export type IdeaPermission = Extract<Permission, `idea.${string}`>;

const TEAM_ONLY: Partial<Record<IdeaPermission, string>> = {
  'idea.update': 'Only the idea’s author and co-authors can edit it',
  'idea.attachment.create': 'Only the idea’s author and co-authors can add attachments',
  'idea.attachment.delete': 'Only the idea’s author and co-authors can remove attachments',
};
const AUTHOR_ONLY: Partial<Record<IdeaPermission, string>> = {
  'idea.withdraw': 'Only the idea’s author can withdraw it',
  'idea.invitation.create': 'Only the idea’s author can invite team members',
  'idea.invitation.delete': 'Only the idea’s author can withdraw invitations',
};

const ideaFacts = (i: IdeaAccessRow, userId: string | undefined) => ({
  status: i.status,
  moderationStatus: i.moderation_status,
  authorId: i.author_id,
  teamUserIds: i.is_coauthor && userId ? [userId] : [],
});

/**
 * Support votes (VotesService applies this in the vote's own queries): an idea of a published
 * challenge that is in the public list, or the caller's own; 404 otherwise.
 */
function decideVote(i: IdeaAccessRow, userId: string | undefined, now: Date): Decision {
  const published = i.challenge_published_at !== null && new Date(i.challenge_published_at).getTime() <= now.getTime();
  const listed = i.status === 'submitted' && i.moderation_status === 'approved';
  const own = userId !== undefined && (i.author_id === userId || i.is_coauthor);
  return published && (listed || own) ? null : new NotFoundException(NO_IDEA);
}

/** The idea rules: canViewIdea (404), then the team or author rule (403), as IdeaAccessService applied them. */
export function decideIdea(
  permission: IdeaPermission,
  i: IdeaAccessRow | undefined,
  userId: string | undefined,
  now: Date,
  notFound = NO_IDEA,
): Decision {
  if (!i) return new NotFoundException(notFound);
  if (permission === 'idea.vote') return decideVote(i, userId, now);
  const facts = ideaFacts(i, userId);
  if (permission === 'idea.moderate')
    return decideModeration(i, userId, canViewIdea(facts, { userId, canModerate: false }), notFound);
  if (!canViewIdea(facts, { userId, canModerate: i.can_moderate })) return new NotFoundException(notFound);
  const isAuthor = userId !== undefined && userId === i.author_id;
  const team = TEAM_ONLY[permission];
  if (team !== undefined && !isAuthor && !i.is_coauthor) return new ForbiddenException(team);
  const author = AUTHOR_ONLY[permission];
  if (author !== undefined && !isAuthor) return new ForbiddenException(author);
  return null;
}

/**
 * Moderators and admins of a hosting council decide; anyone else gets 403 when they can see
 * the target and 404 when they cannot. Drafts are nobody's to moderate.
 */
function decideModeration(
  i: IdeaAccessRow,
  userId: string | undefined,
  visibleToCaller: boolean,
  notFound: string,
): Decision {
  if (!i.can_moderate && visibleToCaller) {
    return new ForbiddenException('Only moderators and admins of the hosting councils can moderate this');
  }
  if (!i.can_moderate || !canViewIdea(ideaFacts(i, userId), { userId, canModerate: true })) {
    return new NotFoundException(notFound);
  }
  return null;
}

export function decideCommentModeration(
  c: CommentAccessRow | undefined,
  i: IdeaAccessRow | undefined,
  userId: string,
): Decision {
  const notFound = 'No comment with that id';
  if (!c || !i) return new NotFoundException(notFound);
  const visibleToCaller =
    canViewIdea(ideaFacts(i, userId), { userId, canModerate: false }) &&
    (c.moderation_status === 'approved' || c.author_id === userId);
  return decideModeration(i, userId, visibleToCaller, notFound);
}
