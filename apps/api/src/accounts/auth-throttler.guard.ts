import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

export const TOO_MANY_ATTEMPTS = 'Too many attempts; wait a minute and try again';

/**
 * The 'auth' throttler (limit and window from the environment, Redis-backed when REDIS_URL is
 * set), counted per client IP and per route, with a message a person can act on. The filter
 * turns its ThrottlerException (an HttpException) into the usual 429 error body.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getErrorMessage(): Promise<string> {
    return Promise.resolve(TOO_MANY_ATTEMPTS);
  }
}
