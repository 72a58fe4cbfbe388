import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Me, Membership } from '@challenge/contract';
import { Session } from '../../core/auth/session';

export type QueueStatus = 'pending' | 'reported' | 'hidden';
export const QUEUE_STATUSES: readonly QueueStatus[] = ['pending', 'reported', 'hidden'];

/** The councils a person moderates: those where they are a moderator or an admin, once each. */
export function moderatedCouncils(me: Me | null): Membership[] {
  const seen = new Set<string>();
  return (me?.memberships ?? []).filter((m) => {
    if ((m.role !== 'moderator' && m.role !== 'admin') || seen.has(m.organisationId)) return false;
    seen.add(m.organisationId);
    return true;
  });
}

export const queueStatus = (value: string | undefined): QueueStatus =>
  QUEUE_STATUSES.includes(value as QueueStatus) ? (value as QueueStatus) : 'pending';

/** Moderators and admins of a council, and platform admins; others see "page not found". */
export const moderatorGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(Session).ensureLoaded();
  if (!me) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  return me.isPlatformAdmin || moderatedCouncils(me).length ? true : router.createUrlTree(['/not-found']);
};
