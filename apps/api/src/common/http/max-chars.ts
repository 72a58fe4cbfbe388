import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * At most `max` characters, counted as PostgreSQL's length() counts them (Unicode code points).
 * class-validator's MaxLength does not count variation selectors (U+FE0E/U+FE0F), so text within
 * its limit could still break a database check and surface as an error instead of a 400.
 */
export const MaxChars = (max: number, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || [...value].length <= max,
        defaultMessage: (args) => `${args?.property ?? 'text'} must be at most ${max} characters`,
      },
    },
    options,
  );
