import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@challenge/contract';

export type { ApiError };

const isApiErrorBody = (body: unknown): body is ApiError =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { statusCode?: unknown }).statusCode === 'number' &&
  typeof (body as { message?: unknown }).message === 'string';

/** Turns any HTTP failure into the API's error shape, so callers handle one type. */
export function toApiError(response: HttpErrorResponse): ApiError {
  if (isApiErrorBody(response.error)) return response.error;
  return {
    statusCode: response.status,
    error: response.statusText || 'Error',
    message: response.status === 0 ? 'The service could not be reached' : response.message,
  };
}

export function isApiError(value: unknown): value is ApiError {
  return isApiErrorBody(value);
}
