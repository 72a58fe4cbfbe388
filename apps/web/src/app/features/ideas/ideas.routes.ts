import { Route } from '@angular/router';
import { authGuard } from '../../core/auth/auth.guard';

/** Ideas pages, spread into app.routes.ts. `title` values are translation keys. */
export const ideasRoutes: Route[] = [
  {
    path: 'challenges/:id/ideas',
    title: 'ideas.list.title',
    loadComponent: () => import('./idea-list').then((m) => m.IdeaList),
  },
  {
    path: 'challenges/:id/ideas/new',
    title: 'ideas.editor.newTitle',
    canActivate: [authGuard],
    data: { mode: 'new' },
    loadComponent: () => import('./idea-editor').then((m) => m.IdeaEditor),
  },
  {
    path: 'ideas/:id',
    title: 'ideas.page.title',
    loadComponent: () => import('./idea-page').then((m) => m.IdeaPage),
  },
  {
    path: 'ideas/:id/edit',
    title: 'ideas.editor.editTitle',
    canActivate: [authGuard],
    data: { mode: 'edit' },
    loadComponent: () => import('./idea-editor').then((m) => m.IdeaEditor),
  },
  {
    path: 'ideas/:id/report',
    title: 'ideas.report.title',
    canActivate: [authGuard],
    loadComponent: () => import('./report-form').then((m) => m.ReportForm),
  },
  {
    path: 'invitations/accept',
    title: 'ideas.invitation.title',
    canActivate: [authGuard],
    loadComponent: () => import('./accept-invitation').then((m) => m.AcceptInvitation),
  },
];
