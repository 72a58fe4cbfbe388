import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Permission } from '../src/common/access/permission';
import { addMember, createOrganisation, createUser, TestUser } from './factories';
import { createJudgingChallenge, insertAssignment } from './judging-helpers';

export const ROLES = [
  'anonymous',
  'resident',
  'author',
  'moderator',
  'admin',
  'otherAdmin',
  'judge',
  'platformAdmin',
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

/**
 * `published`: a published challenge in judging (results not published) with a submitted,
 * approved idea. `draft`: the same challenge unpublished, and the idea hidden by a moderator.
 */
export type WorldKind = 'published' | 'draft';

export type AccessWorld = {
  kind: WorldKind;
  challengeId: string;
  organisationId: string;
  ideaId: string;
  attachmentId: string;
  commentId: string;
  assignmentId: string;
  users: Record<SignedInRole, TestUser>;
};

/**
 * One council's challenge with everyone the access rules tell apart: a resident, the idea's
 * author, a moderator and an admin of the hosting council, an admin of another council, a judge
 * on the panel (assigned the idea) and a platform admin. The resident wrote a comment on the idea;
 * the author attached a file.
 */
export async function createAccessWorld(db: DataSource, kind: WorldKind): Promise<AccessWorld> {
  const c = await createJudgingChallenge(db, { ideas: 1, judges: 1 });
  const ideaId = c.ideaIds[0] ?? '';
  const judge = c.judges[0];
  if (!judge) throw new Error('the judging challenge has no judge');
  const [resident, moderator, otherAdmin, platformAdmin] = [
    await createUser(db, { displayName: 'Resident' }),
    await createUser(db, { displayName: 'Moderator' }),
    await createUser(db, { displayName: 'Admin of another council' }),
    await createUser(db, { displayName: 'Platform admin', platformAdmin: true }),
  ];
  await addMember(db, c.orgId, moderator.id, 'moderator');
  const other = await createOrganisation(db);
  await addMember(db, other.id, otherAdmin.id, 'admin');
  const assignmentId = await insertAssignment(db, c.challengeId, judge.id, ideaId);
  const [attachment] = (await db.query(
    `INSERT INTO idea_attachments (idea_id, uploaded_by, storage_key, file_name, content_type, size_bytes, sha256)
     VALUES ($1, $2, $3, 'plan.pdf', 'application/pdf', 10, 'abc') RETURNING id`,
    [ideaId, c.author.id, `test/${randomUUID()}`],
  )) as { id: string }[];
  const [comment] = (await db.query(
    `INSERT INTO idea_comments (idea_id, author_id, body) VALUES ($1, $2, 'A resident likes it') RETURNING id`,
    [ideaId, resident.id],
  )) as { id: string }[];
  if (kind === 'draft') {
    await db.query(`UPDATE challenges SET published_at = NULL WHERE id = $1`, [c.challengeId]);
    await db.query(`UPDATE ideas SET moderation_status = 'hidden', hidden_reason = 'Hidden in a test' WHERE id = $1`, [
      ideaId,
    ]);
  }
  return {
    kind,
    challengeId: c.challengeId,
    organisationId: c.orgId,
    ideaId,
    attachmentId: attachment?.id ?? '',
    commentId: comment?.id ?? '',
    assignmentId,
    users: { resident, author: c.author, moderator, admin: c.admin, otherAdmin, judge, platformAdmin },
  };
}

const EVERYONE: readonly Role[] = ROLES;
const AUTHOR: readonly Role[] = ['author'];
const HOST_STAFF: readonly Role[] = ['moderator', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const PANEL: readonly Role[] = ['admin', 'judge'];

/**
 * Who holds each permission in each world, written out by hand from the product rules (not
 * computed by the access layer): the matrix compares every route's answers with this.
 */
export const HOLDERS: Record<WorldKind, Record<Permission, readonly Role[]>> = {
  published: {
    'challenge.read': EVERYONE,
    'challenge.participate': EVERYONE,
    'challenge.manage': ADMIN,
    'challenge.create': ADMIN,
    'idea.read': EVERYONE,
    'idea.update': AUTHOR,
    'idea.attachment.create': AUTHOR,
    'idea.attachment.delete': AUTHOR,
    'idea.withdraw': AUTHOR,
    'idea.invitation.create': AUTHOR,
    'idea.invitation.delete': AUTHOR,
    'idea.vote': EVERYONE,
    'idea.moderate': HOST_STAFF,
    'comment.moderate': HOST_STAFF,
    'attachment.read': EVERYONE,
    'judging.panel': PANEL,
    'judging.judge': ['judge'],
    'judging.shortlist.read': EVERYONE,
    'assignment.score': ['judge'],
    'results.read': ADMIN,
    'organisation.manage': ['admin', 'platformAdmin'],
    'organisation.moderate': ['moderator', 'admin', 'platformAdmin'],
    'moderation.queue': ['moderator', 'admin', 'otherAdmin'],
    'organisation.create': ['platformAdmin'],
  },
  draft: {
    'challenge.read': ADMIN,
    'challenge.participate': [],
    'challenge.manage': ADMIN,
    'challenge.create': ADMIN,
    'idea.read': ['author', ...HOST_STAFF],
    'idea.update': AUTHOR,
    'idea.attachment.create': AUTHOR,
    'idea.attachment.delete': AUTHOR,
    'idea.withdraw': AUTHOR,
    'idea.invitation.create': AUTHOR,
    'idea.invitation.delete': AUTHOR,
    'idea.vote': [],
    'idea.moderate': HOST_STAFF,
    'comment.moderate': HOST_STAFF,
    'attachment.read': ['author', ...HOST_STAFF],
    'judging.panel': PANEL,
    'judging.judge': ['judge'],
    'judging.shortlist.read': PANEL,
    'assignment.score': ['judge'],
    'results.read': ADMIN,
    'organisation.manage': ['admin', 'platformAdmin'],
    'organisation.moderate': ['moderator', 'admin', 'platformAdmin'],
    'moderation.queue': ['moderator', 'admin', 'otherAdmin'],
    'organisation.create': ['platformAdmin'],
  },
};

/** The id a route parameter takes in the world: `:id` is the object the permission is about. */
export function paramValue(world: AccessWorld, name: string, path: string, permission?: Permission): string {
  if (name === 'ideaId') return world.ideaId;
  if (name === 'slot') return '1';
  if (name !== 'id') return randomUUID();
  const object = permission?.split('.')[0] ?? (path.startsWith('/organisations') ? 'organisation' : '');
  switch (object) {
    case 'challenge':
    case 'judging':
    case 'results':
      return world.challengeId;
    case 'idea':
      return world.ideaId;
    case 'attachment':
      return world.attachmentId;
    case 'comment':
      return world.commentId;
    case 'assignment':
      return world.assignmentId;
    case 'organisation':
      return world.organisationId;
    default:
      return randomUUID();
  }
}
