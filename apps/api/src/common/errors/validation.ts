import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

const flatten = (errors: ValidationError[], prefix = ''): Record<string, string[]> =>
  errors.reduce<Record<string, string[]>>((acc, error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) acc[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(acc, flatten(error.children, path));
    return acc;
  }, {});

/** The one global pipe: strip nothing silently, refuse unknown fields, say what is wrong with each field. */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const message = Object.entries(fields)
        .map(([field, messages]) => messages.map((m) => (m.startsWith(field) ? m : `${field}: ${m}`)).join('; '))
        .join('; ');
      return new BadRequestException({
        message: message || 'The request is not valid',
        code: 'validation_failed',
        fields,
      });
    },
  });
