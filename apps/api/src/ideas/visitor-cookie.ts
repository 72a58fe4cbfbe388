import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

export const VISITOR_COOKIE = 'vid';
const ONE_YEAR_MS = 365 * 86_400_000;
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The anonymous visitor's id, which seeds their `random` idea order so it stays stable across
 * pages and visits. Set (httpOnly, SameSite=Lax, one year) when absent or malformed.
 */
export function visitorId(req: Request, res: Response, secure: boolean): string {
  const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
  const existing = cookies[VISITOR_COOKIE];
  if (existing && VALID.test(existing)) return existing;
  const id = randomUUID().replace(/-/g, '');
  res.cookie(VISITOR_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: ONE_YEAR_MS });
  return id;
}
