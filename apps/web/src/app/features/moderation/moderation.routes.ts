import { Route } from '@angular/router';
import { moderatorGuard } from './moderation-access';

/** Moderation pages, spread into app.routes.ts. */
export const moderationRoutes: Route[] = [
  {
    path: 'moderation',
    title: 'moderation.title',
    canActivate: [moderatorGuard],
    loadComponent: () => import('./moderation-queue').then((m) => m.ModerationQueue),
  },
];
