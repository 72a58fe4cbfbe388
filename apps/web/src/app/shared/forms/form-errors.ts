import type { ApiError } from '@challenge/contract';

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
 */
export function apiFormErrors(error: ApiError, fieldIds: Record<string, string> = {}): FormError[] {
  if (error.statusCode === 0 || error.statusCode >= 500) {
    return [fieldError(null, 'common.serviceUnavailable')];
  }
  const mapped: FormError[] = [];
  for (const [name, messages] of Object.entries(error.fields ?? {})) {
    const id = fieldIds[name];
    if (id && messages[0]) mapped.push({ field: id, message: messages[0], translate: false });
  }
  return mapped.length ? mapped : [{ field: null, message: error.message, translate: false }];
}
