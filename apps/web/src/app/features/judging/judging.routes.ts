import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';
import { hostAdminGuard } from '../../core/auth/host-admin.guard';
import { JudgingChallenge } from './panel/judging-challenge';

/** Judging pages, spread into app.routes.ts. `title` values are translation keys. */
export const judgingRoutes: Route[] = [
  {
    // Council admins only; the frame tells admins of other councils they cannot manage it (the API answers 403/404).
    path: 'challenges/:id/judging',
    canActivate: [authGuard, hostAdminGuard],
    providers: [JudgingChallenge],
    loadComponent: () => import('./panel/judging-admin').then((m) => m.JudgingAdmin),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'judging.overview.title',
        loadComponent: () => import('./panel/judging-overview').then((m) => m.JudgingOverview),
      },
      {
        path: 'rubric',
        title: 'judging.rubric.title',
        loadComponent: () => import('./panel/rubric-editor').then((m) => m.RubricEditor),
      },
      {
        path: 'panel',
        title: 'judging.panel.title',
        loadComponent: () => import('./panel/judging-panel').then((m) => m.JudgingPanel),
      },
      {
        path: 'shortlist',
        title: 'judging.shortlist.title',
        loadComponent: () => import('./panel/shortlist-builder').then((m) => m.ShortlistBuilder),
      },
      {
        path: 'conflicts',
        title: 'judging.conflicts.title',
        loadComponent: () => import('./panel/judging-conflicts').then((m) => m.JudgingConflicts),
      },
      {
        path: 'assignments',
        title: 'judging.assignments.title',
        loadComponent: () => import('./panel/judging-assignments').then((m) => m.JudgingAssignments),
      },
      {
        path: 'progress',
        title: 'judging.progress.title',
        loadComponent: () => import('./panel/judging-progress').then((m) => m.JudgingProgressPage),
      },
    ],
  },
  {
    path: 'judging',
    pathMatch: 'full',
    title: 'judging.queue.title',
    canActivate: [authGuard],
    loadComponent: () => import('./scoring/judge-queue').then((m) => m.JudgeQueue),
  },
  {
    path: 'judging/assignments/:id',
    title: 'judging.score.title',
    canActivate: [authGuard],
    loadComponent: () => import('./scoring/judge-assignment').then((m) => m.JudgeAssignmentPage),
  },
  {
    // Signed out is fine: the page explains and links to sign in (and back) or register.
    path: 'judging/invitations/accept',
    title: 'judging.accept.title',
    loadComponent: () => import('./scoring/accept-judge-invitation').then((m) => m.AcceptJudgeInvitation),
  },
];
