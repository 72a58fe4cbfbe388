import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiError } from '@challenge/contract';

type ExceptionBody = { message?: string | string[]; code?: string; fields?: Record<string, string[]> };

/** The one error path: every error leaves as { statusCode, error, message }, unknown ones as a logged 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id, path: request.url }, 'Unhandled error');
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
    if (isBodyParserError(exception)) {
      return {
        statusCode: exception.status,
        error: STATUS_CODES[exception.status] ?? 'Bad Request',
        message: bodyParserMessage(exception),
        requestId,
      };
    }
    if (exception instanceof QueryFailedError && isInvalidTextRepresentation(exception)) {
      return {
        statusCode: HttpStatus.BAD_REQUEST,
        error: 'Bad Request',
        message: 'A value in the request has the wrong format',
        requestId,
      };
    }
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Quote this request id if you contact us.',
      requestId,
    };
  }
}

type BodyParserError = Error & { status: number; type: string };
const isBodyParserError = (e: unknown): e is BodyParserError =>
  e instanceof Error &&
  typeof (e as Partial<BodyParserError>).status === 'number' &&
  typeof (e as Partial<BodyParserError>).type === 'string';
const bodyParserMessage = (e: BodyParserError): string =>
  e.type === 'entity.parse.failed'
    ? 'The request body is not valid JSON'
    : e.type === 'entity.too.large'
      ? 'The request body is too large'
      : e.message;
const isInvalidTextRepresentation = (e: QueryFailedError): boolean =>
  (e.driverError as { code?: string } | undefined)?.code === '22P02';
