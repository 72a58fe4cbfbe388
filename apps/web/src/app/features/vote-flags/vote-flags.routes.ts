import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';
import { hostAdminGuard } from '../../core/auth/host-admin.guard';

/** The vote-flag review page, spread into app.routes.ts. `title` values are translation keys. */
export const voteFlagsRoutes: Route[] = [
  {
    // Council admins only; the page itself says so for admins of other councils (the API answers 403/404).
    path: 'challenges/:id/vote-flags',
    title: 'voting.flags.title',
    canActivate: [authGuard, hostAdminGuard],
    loadComponent: () => import('./vote-flags').then((m) => m.VoteFlags),
  },
];
