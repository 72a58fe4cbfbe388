import { Route } from '@angular/router';

/** Moderation pages, spread into app.routes.ts. */
export const moderationRoutes: Route[] = [];
