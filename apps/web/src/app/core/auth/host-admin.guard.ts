import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Session } from './session';

/** Admins of at least one council (who can create and run challenges); others see "page not found". */
export const hostAdminGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(Session).ensureLoaded();
  if (!me) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  return me.memberships.some((m) => m.role === 'admin') ? true : router.createUrlTree(['/not-found']);
};
