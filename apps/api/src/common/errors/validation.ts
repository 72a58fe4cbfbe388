import { ArgumentMetadata, BadRequestException, HttpException, ValidationError, ValidationPipe } from '@nestjs/common';

const flatten = (errors: ValidationError[], prefix = ''): Record<string, string[]> =>
  errors.reduce<Record<string, string[]>>((acc, error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) acc[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(acc, flatten(error.children, path));
    return acc;
  }, {});

const invalid = (fields: Record<string, string[]>): BadRequestException => {
  const message = Object.entries(fields)
    .map(([field, messages]) => messages.map((m) => (m.startsWith(field) ? m : `${field}: ${m}`)).join('; '))
    .join('; ');
  return new BadRequestException({ message: message || 'The request is not valid', code: 'validation_failed', fields });
};

/**
 * Keys that class-transformer drops without a word (Object.prototype's names, `__proto__`,
 * `constructor`, `prototype`), so `forbidNonWhitelisted` never sees them. They are refused first.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'constructor']);

function reservedKeyPath(value: unknown, prefix = '', depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const key of Object.keys(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (RESERVED_KEYS.has(key)) return path;
    const nested = reservedKeyPath((value as Record<string, unknown>)[key], path, depth + 1);
    if (nested) return nested;
  }
  return null;
}

/** The one global pipe: strip nothing silently, refuse unknown fields, say what is wrong with each field. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const path = reservedKeyPath(value);
      if (path) throw invalid({ [path]: [`property ${path} should not exist`] });
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof HttpException) throw error;
      // A validator or transformer that throws on an odd value (a malformed URI escape, a value
      // too deep for it) means the value is not valid: a 400, not a 500.
      const where = metadata.data ?? metadata.type;
      throw invalid({ [where]: [`${where} could not be read: ${(error as Error).message ?? 'invalid value'}`] });
    }
  }
}

export const createValidationPipe = (): ValidationPipe =>
  new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalid(flatten(errors)),
  });
