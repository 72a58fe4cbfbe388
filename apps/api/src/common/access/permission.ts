/**
 * Every object permission a route can declare with `@Access(permission, param)`. The id named by
 * the route parameter is of the object the permission's prefix names (an `idea.*` permission
 * takes an idea id, `judging.*` and `results.*` a challenge id, `assignment.*` a judge
 * assignment id, `attachment.*` an attachment id, `comment.*` a comment id); `organisation.create`
 * takes no id.
 */
export type Permission =
  /** published, or a draft of a council the caller administers */
  | 'challenge.read'
  /** published (drafts are nobody's to take part in, admins included) */
  | 'challenge.participate'
  /** an admin of a hosting council */
  | 'challenge.manage'
  /** an admin of the organisation (an organisation id; platform admins do not launch challenges) */
  | 'challenge.create'
  /** the idea passes canViewIdea for the caller */
  | 'idea.read'
  /** the author or an accepted co-author edits it */
  | 'idea.update'
  | 'idea.attachment.create'
  | 'idea.attachment.delete'
  /** the author alone withdraws it and manages its invitations */
  | 'idea.withdraw'
  | 'idea.invitation.create'
  | 'idea.invitation.delete'
  /** an idea of a published challenge in the public list, or the caller's own (support votes) */
  | 'idea.vote'
  /** a moderator or admin of a hosting council, for an idea that is not a draft */
  | 'idea.moderate'
  | 'comment.moderate'
  /** an attachment of an idea the caller can see */
  | 'attachment.read'
  /** an admin of a hosting council or a judge of this challenge */
  | 'judging.panel'
  /** a judge of this challenge */
  | 'judging.judge'
  /** an admin, a judge, or anyone once the challenge is published (the shortlist) */
  | 'judging.shortlist.read'
  /** the judge's own, unconflicted assignment */
  | 'assignment.score'
  /** published results, or the live draft for the hosting councils' admins */
  | 'results.read'
  /** an admin of the organisation, or a platform admin */
  | 'organisation.manage'
  /** a moderator or admin of the organisation, or a platform admin */
  | 'organisation.moderate'
  /** a moderator or admin of at least one council (no id): the moderation queue */
  | 'moderation.queue'
  /** a platform admin (no id) */
  | 'organisation.create';

export const PERMISSIONS: readonly Permission[] = [
  'challenge.read',
  'challenge.participate',
  'challenge.manage',
  'challenge.create',
  'idea.read',
  'idea.update',
  'idea.attachment.create',
  'idea.attachment.delete',
  'idea.withdraw',
  'idea.invitation.create',
  'idea.invitation.delete',
  'idea.vote',
  'idea.moderate',
  'comment.moderate',
  'attachment.read',
  'judging.panel',
  'judging.judge',
  'judging.shortlist.read',
  'assignment.score',
  'results.read',
  'organisation.manage',
  'organisation.moderate',
  'moderation.queue',
  'organisation.create',
];
