import { Route } from '@angular/router';

/** Judging pages, spread into app.routes.ts. */
export const judgingRoutes: Route[] = [];
