import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Session } from './session';

/** Signed-in people only; others go to sign in and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(Session).ensureLoaded();
  return me ? true : router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

export const platformAdminGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(Session).ensureLoaded();
  if (!me) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  return me.isPlatformAdmin ? true : router.createUrlTree(['/not-found']);
};

/** Admins of the council in the route's `:id`, and platform admins. */
export const councilAdminGuard: CanActivateFn = async (route, state) => {
  const router = inject(Router);
  const me = await inject(Session).ensureLoaded();
  if (!me) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  const id = route.paramMap.get('id');
  const allowed =
    me.isPlatformAdmin || me.memberships.some((m) => m.role === 'admin' && (id === null || m.organisationId === id));
  return allowed ? true : router.createUrlTree(['/not-found']);
};

/** Only allows local paths as a return URL, never another site. */
export function safeReturnUrl(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/account';
}
