import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';

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
];
