import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';
import { hostAdminGuard } from '../../core/auth/host-admin.guard';

/** Results pages, spread into app.routes.ts. `title` values are translation keys. */
export const resultsRoutes: Route[] = [
  {
    path: 'challenges/:id/results',
    title: 'results.title',
    loadComponent: () => import('./results-page').then((m) => m.ResultsPage),
  },
  {
    // Admins of a hosting council; the API answers 403/404 to anyone else, and the page says so.
    path: 'challenges/:id/results/preview',
    title: 'results.preview.title',
    canActivate: [authGuard, hostAdminGuard],
    loadComponent: () => import('./results-preview').then((m) => m.ResultsPreview),
  },
  {
    path: 'challenges/:id/results/ideas/:ideaId/update',
    title: 'results.updates.formTitle',
    canActivate: [authGuard, hostAdminGuard],
    loadComponent: () => import('./post-update').then((m) => m.PostUpdate),
  },
];
