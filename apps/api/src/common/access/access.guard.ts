import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '../auth/auth-user';
import { ACCESS_DECLARATION, AccessDeclaration } from './access.decorator';
import { AccessService } from './access.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Global guard after AuthGuard: checks the Permission a route declares with @Access on the id in
 * its route parameter, before the body is validated, so a stranger learns nothing from a 400.
 * An id that is not a UUID passes through to the route's pipe, which answers 400.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const declaration = this.reflector.get<AccessDeclaration | undefined>(ACCESS_DECLARATION, context.getHandler());
    if (declaration?.kind !== 'object' || declaration.enforcedIn !== 'guard') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (declaration.param === undefined) {
      await this.access.requireAccess(request.user, declaration.permission, []);
      return true;
    }
    const raw: unknown = request.params[declaration.param];
    if (typeof raw !== 'string' || !UUID.test(raw)) return true;
    await this.access.requireAccess(request.user, declaration.permission, [raw.toLowerCase()]);
    return true;
  }
}
