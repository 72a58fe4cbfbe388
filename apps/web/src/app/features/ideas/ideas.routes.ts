import { Route } from '@angular/router';

/** Ideas pages, spread into app.routes.ts. */
export const ideasRoutes: Route[] = [];
