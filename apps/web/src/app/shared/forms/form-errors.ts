import type { ApiError } from '@challenge/contract';
import { apiErrorField, apiErrorKey, apiFieldMessage, isUnavailable } from './api-errors';

/**
 * One error on a form. `field` is the id of the input it belongs to (null: the whole form).
 * `message` is a translation key when `translate` is true, otherwise text from the server.
 */
export type FormError = {
  field: string | null;
  message: string;
  translate: boolean;
  params?: Record<string, string>;
};

export const fieldError = (field: string | null, key: string, params?: Record<string, string>): FormError => ({
  field,
  message: key,
  translate: true,
  params,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailErrors(value: string, field = 'email'): FormError[] {
  const email = value.trim();
  if (!email) return [fieldError(field, 'validation.emailRequired')];
  return EMAIL.test(email) ? [] : [fieldError(field, 'validation.emailInvalid')];
}

export function newPasswordErrors(value: string, field = 'password'): FormError[] {
  if (!value) return [fieldError(field, 'validation.passwordRequired')];
  return value.length < 12 ? [fieldError(field, 'validation.passwordTooShort')] : [];
}

export function displayNameErrors(value: string, field = 'displayName'): FormError[] {
  const name = value.trim();
  if (!name) return [fieldError(field, 'validation.displayNameRequired')];
  return name.length > 100 ? [fieldError(field, 'validation.displayNameTooLong')] : [];
}

/**
 * Maps an API error onto the form: field messages go next to the fields they name
 * (`fieldIds` maps API field names to input ids), anything else into the summary.
 * Known error codes and field messages are translated (see api-errors.ts); anything else
 * falls back to the API's own message.
 */
export function apiFormErrors(error: ApiError, fieldIds: Record<string, string> = {}): FormError[] {
  if (isUnavailable(error)) return [fieldError(null, 'common.serviceUnavailable')];
  const mapped: FormError[] = [];
  for (const [name, messages] of Object.entries(error.fields ?? {})) {
    const id = fieldIds[name];
    const message = messages[0];
    if (!id || !message) continue;
    const known = apiFieldMessage(name, message);
    mapped.push(known ? fieldError(id, known.key, known.params) : { field: id, message, translate: false });
  }
  if (mapped.length) return mapped;
  const key = apiErrorKey(error.code);
  if (key) {
    const field = apiErrorField(error.code);
    return [fieldError((field && fieldIds[field]) || null, key)];
  }
  return [{ field: null, message: error.message, translate: false }];
}
