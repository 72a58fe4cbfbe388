import { Route } from '@angular/router';

/** Voting pages, spread into app.routes.ts. */
export const votingRoutes: Route[] = [];
