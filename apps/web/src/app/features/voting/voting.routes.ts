import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';
import { hostAdminGuard } from '../../core/auth/host-admin.guard';

/** Voting pages, spread into app.routes.ts. `title` values are translation keys. */
export const votingRoutes: Route[] = [
  {
    path: 'challenges/:id/my-votes',
    title: 'voting.mine.title',
    canActivate: [authGuard],
    loadComponent: () => import('./my-votes').then((m) => m.MyVotesPage),
  },
  {
    path: 'challenges/:id/compare',
    title: 'voting.compare.title',
    canActivate: [authGuard],
    loadComponent: () => import('./compare-ideas').then((m) => m.CompareIdeas),
  },
  {
    // Council admins only; the page itself says so for admins of other councils (the API answers 403/404).
    path: 'challenges/:id/vote-flags',
    title: 'voting.flags.title',
    canActivate: [authGuard, hostAdminGuard],
    loadComponent: () => import('./vote-flags').then((m) => m.VoteFlags),
  },
];
