import { createParamDecorator, ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import type { AuthenticatedRequest, AuthUser } from './auth-user';

export const IS_PUBLIC = 'isPublic';
/** The route needs no sign-in (a signed-in caller is still resolved, if any). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The signed-in caller; the route must not be @Public(). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new UnauthorizedException('Sign in to do this');
  return user;
});

/** The caller if signed in, otherwise undefined (for public routes that show more to members). */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser | undefined =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
