import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthenticatedRequest, AuthUser, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth-user';
import { IS_PUBLIC } from './decorators';
import { hashToken } from './session-token';

type SessionRow = {
  session_id: string;
  id: string;
  email: string;
  display_name: string;
  is_platform_admin: boolean;
  email_verified_at: Date | null;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: resolves the caller from `Authorization: Bearer <token>` (API clients) or the
 * httpOnly session cookie (the web app, which must then echo the CSRF cookie in a header on
 * every state-changing request). Routes are private unless marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic =
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ?? false;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;
    const cookieToken = bearer ? undefined : cookies[SESSION_COOKIE];
    const token = bearer ?? cookieToken;

    if (token) {
      const user = await this.resolve(token);
      if (user) {
        if (cookieToken && !SAFE_METHODS.has(request.method)) this.checkCsrf(request, cookies);
        request.user = user;
        return true;
      }
      if (bearer && !isPublic)
        throw new UnauthorizedException('Your session has ended or the token is not valid; sign in again');
    }
    if (isPublic) return true;
    throw new UnauthorizedException('Sign in to do this');
  }

  private checkCsrf(request: AuthenticatedRequest, cookies: Record<string, string | undefined>): void {
    const header = request.headers[CSRF_HEADER];
    const expected = cookies[CSRF_COOKIE];
    const given = Array.isArray(header) ? header[0] : header;
    if (
      !expected ||
      !given ||
      expected.length !== given.length ||
      !timingSafeEqual(Buffer.from(expected), Buffer.from(given))
    ) {
      throw new ForbiddenException({
        message: 'Missing or invalid CSRF token; reload the page and try again',
        code: 'csrf_failed',
      });
    }
  }

  private async resolve(token: string): Promise<AuthUser | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id, u.email, u.display_name, u.is_platform_admin, u.email_verified_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.erased_at IS NULL`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      isPlatformAdmin: row.is_platform_admin,
      emailVerified: row.email_verified_at !== null,
      sessionId: row.session_id,
    };
  }
}
