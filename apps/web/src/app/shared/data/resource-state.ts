import { linkedSignal } from '@angular/core';
import type { Resource, Signal } from '@angular/core';
import type { ApiError } from '@challenge/contract';

const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { statusCode?: unknown }).statusCode === 'number' &&
  typeof (value as { message?: unknown }).message === 'string';

/**
 * A resource's value, or null while it is idle, loading after a change of its params, or failed
 * (`value()` itself throws in the error state). Reloading keeps the last value.
 */
export function valueOf<T>(resource: Resource<T | undefined>): T | null {
  return resource.hasValue() ? (resource.value() ?? null) : null;
}

/**
 * The ApiError a resource failed with, or null. The error interceptor turns every HTTP failure
 * into an ApiError; a resource wraps such a plain object in an Error whose `cause` it is.
 */
export function errorOf(resource: Resource<unknown>): ApiError | null {
  const error = resource.error();
  if (!error) return null;
  const cause = (error as { cause?: unknown }).cause;
  if (isApiError(cause)) return cause;
  if (isApiError(error)) return error;
  return { statusCode: 0, error: 'Error', message: error.message };
}

/**
 * Like `valueOf`, but while the next value loads (another page, a refresh) the previous one stays
 * on screen instead of blanking; a failure still clears it.
 */
export function keepPrevious<T>(resource: Resource<T | undefined>): Signal<T | null> {
  return linkedSignal<{ value: T | null; loading: boolean }, T | null>({
    source: () => ({ value: valueOf(resource), loading: resource.isLoading() }),
    computation: ({ value, loading }, previous) => value ?? (loading ? (previous?.value ?? null) : null),
  });
}
