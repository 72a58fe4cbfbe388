import { openActivities } from '@challenge/domain';
import { isPublishedAt, timelineOf } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import type { IdeaEntity } from './idea.entity';

export type Fields = Record<string, string[]>;

/** Submissions are open now: the challenge is published and inside its submissions window. */
export const submissionsOpen = (c: ChallengeEntity, now: Date): boolean =>
  openActivities(timelineOf(c), now).submissions;

/** Drafts may be started or edited from publication until submissions close. */
export const beforeSubmissionsClose = (c: ChallengeEntity, now: Date): boolean =>
  isPublishedAt(c, now) && (c.submissionsClosesAt === null || now.getTime() < c.submissionsClosesAt.getTime());

/** Why the team cannot change the idea now, or null when they can. */
export function editBlocker(idea: Pick<IdeaEntity, 'status'>, c: ChallengeEntity, now: Date): string | null {
  if (idea.status === 'withdrawn') return 'A withdrawn idea cannot be changed';
  if (idea.status === 'draft') {
    return beforeSubmissionsClose(c, now)
      ? null
      : 'Submissions to this challenge have closed, so drafts can no longer be edited';
  }
  return submissionsOpen(c, now) ? null : 'Submitted ideas can only be edited while submissions are open';
}

/**
 * The category and entrant category must be among the challenge's when it has any; on submission
 * they are required then. A challenge without categories takes none.
 */
export function categoryProblems(
  c: ChallengeEntity,
  values: Pick<IdeaEntity, 'category' | 'entrantCategory'>,
  { submitting }: { submitting: boolean },
): Fields {
  const fields: Fields = {};
  const check = (field: 'category' | 'entrantCategory', allowed: string[], label: string, plural: string): void => {
    const value = values[field];
    if (value === null) {
      if (submitting && allowed.length > 0) fields[field] = [`Choose the ${label}: one of ${allowed.join(', ')}`];
    } else if (allowed.length === 0) {
      fields[field] = [`This challenge has no ${plural}; leave ${field} empty`];
    } else if (!allowed.includes(value)) {
      fields[field] = [`"${value}" is not one of this challenge's ${plural}: ${allowed.join(', ')}`];
    }
  };
  check('category', c.categories, 'category', 'categories');
  check('entrantCategory', c.entrantCategories, 'entrant category', 'entrant categories');
  return fields;
}

export const describeFields = (fields: Fields): string =>
  Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
    .join('; ');
