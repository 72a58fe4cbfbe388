import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiError } from '@challenge/contract';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from './database-unavailable';

type ExceptionBody = {
  message?: string | string[];
  code?: string;
  fields?: Record<string, string[]>;
  retryAfterSeconds?: number;
};

/** Retry-After of a 429 that does not say how long to wait. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** The one error path: every error leaves as { statusCode, error, message }, unknown ones as a logged 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception, request);
    if (body.code === 'database_unavailable') {
      this.logger.warn(
        { err: safeError(exception), requestId: request.id, path: request.path },
        'Database unavailable',
      );
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: safeError(exception), requestId: request.id, path: request.path }, 'Unhandled error');
    }
    if (body.statusCode === HttpStatus.TOO_MANY_REQUESTS && !response.getHeader('Retry-After')) {
      response.setHeader('Retry-After', String(retryAfterOf(exception) ?? DEFAULT_RETRY_AFTER_SECONDS));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, request: Request & { id?: string }): ApiError {
    const requestId = request.id === undefined ? undefined : String(request.id);
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const parsed: ExceptionBody = typeof raw === 'string' ? { message: raw } : (raw as ExceptionBody);
      const message = Array.isArray(parsed.message) ? parsed.message.join('; ') : (parsed.message ?? exception.message);
      return {
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message,
        ...(parsed.code ? { code: parsed.code } : {}),
        ...(parsed.fields ? { fields: parsed.fields } : {}),
        requestId,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'Service Unavailable',
        message: DATABASE_UNAVAILABLE_MESSAGE,
        code: 'database_unavailable',
        requestId,
      };
    }
    const state = exception instanceof QueryFailedError ? (sqlState(exception) ?? '') : '';
    const badInput = BAD_INPUT_CODES[state];
    if (badInput) return { statusCode: HttpStatus.BAD_REQUEST, error: 'Bad Request', message: badInput, requestId };
    const conflict = CONFLICT_CODES[state];
    if (conflict) return { statusCode: HttpStatus.CONFLICT, error: 'Conflict', message: conflict, requestId };
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Quote this request id if you contact us.',
      requestId,
    };
  }
}

/** The wait a service gave with its 429 ({ retryAfterSeconds }), if any. */
function retryAfterOf(exception: unknown): number | undefined {
  if (!(exception instanceof HttpException)) return undefined;
  const raw = exception.getResponse();
  const seconds = typeof raw === 'object' ? (raw as ExceptionBody).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : undefined;
}

const sqlState = (e: Pick<QueryFailedError, 'driverError'>): string | undefined =>
  (e.driverError as { code?: string } | undefined)?.code;

/** PostgreSQL errors that can only come from a value in the request (the database refused it). */
const BAD_INPUT_CODES: Record<string, string> = {
  '22P02': 'A value in the request has the wrong format',
  '22003': 'A number in the request is out of range',
  '22021': 'Text in the request contains characters that cannot be stored',
  '22001': 'A value in the request is too long',
  '22007': 'A date in the request is not valid',
  '22008': 'A date in the request is out of range',
  // Services check their rules first; a check the database still refuses is a value it cannot hold.
  '23514': 'A value in the request breaks a rule of the stored data',
};

/** The request raced another one that changed the same thing; retrying may succeed. */
const CONFLICT_CODES: Record<string, string> = {
  '23505': 'That already exists: another request created it at the same time',
};

/**
 * What is logged of an unexpected error: its kind, message, SQL state and stack. Never the
 * query's parameters or the driver's detail, which can hold personal data and password hashes.
 */
export function safeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { value: typeof e };
  const code = e instanceof QueryFailedError ? sqlState(e) : undefined;
  const message =
    e instanceof QueryFailedError ? ((e.driverError as Error | undefined)?.message ?? 'query failed') : e.message;
  return {
    type: e.name,
    message,
    ...(code ? { sqlState: code } : {}),
    stack: e.stack?.split('\n').slice(1, 8).join('\n'),
  };
}
