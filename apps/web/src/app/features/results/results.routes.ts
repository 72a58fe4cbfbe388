import { Route } from '@angular/router';

/** Results pages, spread into app.routes.ts. */
export const resultsRoutes: Route[] = [];
