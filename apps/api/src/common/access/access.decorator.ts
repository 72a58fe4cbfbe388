import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Public } from '../auth/decorators';
import type { Permission } from './permission';

export const ACCESS_DECLARATION = 'accessDeclaration';

/**
 * What a route declares about who may call it (every route declares exactly one; the access
 * matrix test fails otherwise):
 * - `public`: anyone, signed in or not, for no object in particular;
 * - `signed-in`: any signed-in caller, about themselves or objects the service checks itself;
 * - `object`: the Permission on the id in route parameter `param`, checked by AccessGuard before
 *   the body is validated (`enforcedIn: 'service'` when the service's own query enforces it).
 */
export type AccessDeclaration =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'object'; permission: Permission; param?: string; anonymous: boolean; enforcedIn: 'guard' | 'service' };

type AccessOptions = {
  /** Anonymous callers may try (the permission decides), e.g. reading a published challenge. */
  anonymous?: boolean;
  /** The service checks the permission itself, in the query it runs anyway (the vote path). */
  enforcedIn?: 'guard' | 'service';
};

/** The route acts on the object whose id is in route parameter `param` and needs `permission` on it. */
export const Access = (permission: Permission, param?: string, options: AccessOptions = {}) => {
  const declaration: AccessDeclaration = {
    kind: 'object',
    permission,
    param,
    anonymous: options.anonymous ?? false,
    enforcedIn: options.enforcedIn ?? 'guard',
  };
  const decorators = [SetMetadata(ACCESS_DECLARATION, declaration)];
  return applyDecorators(...(declaration.anonymous ? [...decorators, Public()] : decorators));
};

/** Anyone may call the route, signed in or not (sign-in is not required). */
export const PublicRoute = () =>
  applyDecorators(SetMetadata(ACCESS_DECLARATION, { kind: 'public' } satisfies AccessDeclaration), Public());

/** Any signed-in caller may call the route; it acts on the caller's own data or checks ids it is given. */
export const SignedIn = () => SetMetadata(ACCESS_DECLARATION, { kind: 'signed-in' } satisfies AccessDeclaration);
