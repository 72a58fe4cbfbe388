import type { ModerationAction, ModerationStatus, ModerationTargetType } from '@challenge/contract';

export type Transition = {
  /** The new moderation status, or null when the action leaves it alone (dismiss). */
  to: ModerationStatus | null;
  /** What closes the target's open reports. */
  reports: 'resolved' | 'dismissed';
  /** Change to the idea's comment_count when the target is a comment (only approved comments count). */
  commentCountDelta: number;
};

const ALLOWED: Record<Exclude<ModerationAction, 'dismiss'>, { from: ModerationStatus[]; to: ModerationStatus }> = {
  approve: { from: ['pending'], to: 'approved' },
  hide: { from: ['pending', 'approved'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'approved' },
};

const counts = (status: ModerationStatus): number => (status === 'approved' ? 1 : 0);

/**
 * What a moderator's action does from the current status, or a sentence saying why it cannot
 * apply: approve publishes pending content, hide takes pending or approved content down,
 * restore brings hidden content back, dismiss only closes the open reports.
 */
export function transition(current: ModerationStatus, action: ModerationAction): Transition | string {
  if (action === 'dismiss') return { to: null, reports: 'dismissed', commentCountDelta: 0 };
  const rule = ALLOWED[action];
  if (!rule.from.includes(current)) {
    return `Only ${rule.from.join(' or ')} content can be ${PAST[action]}; this is ${current}`;
  }
  return { to: rule.to, reports: 'resolved', commentCountDelta: counts(rule.to) - counts(current) };
}

const PAST: Record<ModerationAction, string> = {
  approve: 'approved',
  hide: 'hidden',
  restore: 'restored',
  dismiss: 'reports_dismissed',
};

/** The audit action, e.g. `moderation.idea_hidden`, `moderation.comment_reports_dismissed`. */
export const auditAction = (target: ModerationTargetType, action: ModerationAction): string =>
  `moderation.${target}_${PAST[action]}`;
