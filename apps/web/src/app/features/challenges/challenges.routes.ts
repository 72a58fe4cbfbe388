import { Route } from '@angular/router';

/** Challenges pages, spread into app.routes.ts. */
export const challengesRoutes: Route[] = [];
