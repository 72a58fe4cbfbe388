import type { CookieOptions, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from '../common/auth/auth-user';
import { newToken } from '../common/auth/session-token';

const base = (secure: boolean): CookieOptions => ({ sameSite: 'lax', path: '/', secure });

/**
 * The web app's cookie session: `sid` (httpOnly) carries the session token; `XSRF-TOKEN` is
 * readable by the page, which echoes it in `X-XSRF-TOKEN` on state-changing requests.
 */
export function setSessionCookies(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { ...base(secure), httpOnly: true, expires: expiresAt });
  res.cookie(CSRF_COOKIE, newToken(), { ...base(secure), httpOnly: false, expires: expiresAt });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { ...base(secure), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { ...base(secure), httpOnly: false });
}
