import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';
import { hostAdminGuard } from '../../core/auth/host-admin.guard';

/** Challenges pages, spread into app.routes.ts. Titles are translation keys. */
export const challengesRoutes: Route[] = [
  {
    path: 'challenges',
    title: 'challenges.heading',
    loadComponent: () => import('./challenge-list').then((m) => m.ChallengeList),
  },
  {
    path: 'challenges/:id',
    title: 'challenges.page.title',
    loadComponent: () => import('./challenge-page').then((m) => m.ChallengePage),
  },
  {
    path: 'admin/challenges',
    canActivate: [authGuard, hostAdminGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'challenges.admin.title',
        loadComponent: () => import('./admin-challenges').then((m) => m.AdminChallenges),
      },
      {
        path: 'new',
        title: 'challenges.form.createTitle',
        loadComponent: () => import('./challenge-form').then((m) => m.ChallengeForm),
      },
      {
        path: ':id/edit',
        title: 'challenges.form.editTitle',
        loadComponent: () => import('./challenge-form').then((m) => m.ChallengeForm),
      },
      {
        path: ':id/publish',
        title: 'challenges.publish.title',
        loadComponent: () => import('./publish-challenge').then((m) => m.PublishChallenge),
      },
    ],
  },
];
