import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';

export const TOO_MANY_ATTEMPTS = 'Too many attempts; wait a minute and try again';

/**
 * The 'auth' throttler (limit and window from the environment, Redis-backed when REDIS_URL is
 * set), counted per client IP and per route, with a message a person can act on. The filter
 * turns its ThrottlerException (an HttpException) into the usual 429 error body. The library
 * names its header after the throttler (Retry-After-auth); the standard Retry-After is set too.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getErrorMessage(): Promise<string> {
    return Promise.resolve(TOO_MANY_ATTEMPTS);
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(detail.timeToBlockExpire))));
    return super.throwThrottlingException(context, detail);
  }
}
