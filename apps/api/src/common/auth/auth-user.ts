import type { Request } from 'express';

/** Who is calling, as resolved from a bearer token or the session cookie. */
export type AuthUser = {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  emailVerified: boolean;
  sessionId: string;
};

export type AuthenticatedRequest = Request & { user?: AuthUser; id?: string };

export const SESSION_COOKIE = 'sid';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
