import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { isIsoInstant } from '@challenge/domain';
import { isEmail, IsOptional, IsString, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { MaxChars } from '../http/max-chars';

/** PostgreSQL text cannot hold NUL characters; refuse them with a message instead of a 500. */
export const NoNul = (options: { each?: boolean } = {}) =>
  ValidateBy(
    {
      name: 'noNul',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !value.includes(String.fromCharCode(0)),
        defaultMessage: (args) => `${args?.property ?? 'text'} must not contain NUL characters`,
      },
    },
    options,
  );

/** Optional text (null clears it); no NUL characters, which PostgreSQL text cannot hold. */
export const OptionalText = (max: number, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: max, description }),
    IsOptional(),
    IsString({ message: '$property must be text' }),
    MaxChars(max, { message: `$property must be at most ${max} characters` }),
    NoNul(),
  );

/** Text that must not be blank when given (undefined leaves it unchanged; null is refused). */
export const NonBlankText = (max: number) =>
  applyDecorators(
    IsString({ message: '$property must be text' }),
    MaxChars(max, { message: `$property must be at most ${max} characters` }),
    Matches(/\S/, { message: '$property must not be blank' }),
    NoNul(),
  );

export const OptionalNonBlankText = (max: number) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max }),
    ValidateIf((_o, v) => v !== undefined),
    NonBlankText(max),
  );

/** An ISO 8601 instant with an offset; null clears the date. */
export const OptionalInstant = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'date-time',
      nullable: true,
      example: '2026-03-01T09:00:00Z',
      description: 'An instant with an offset (Z or ±hh:mm); Europe/London local times must be converted by the client',
    }),
    IsOptional(),
    ValidateBy({
      name: 'isIsoInstant',
      validator: {
        validate: (value: unknown) => isIsoInstant(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'date'} must be an ISO 8601 date-time with an offset, e.g. 2026-03-01T09:00:00Z`,
      },
    }),
  );

/**
 * An email address (validator.js's isEmail), but a value it throws on (for example a lone
 * surrogate: `URI malformed`) is simply not an email address: a 400 naming the field, never a 500.
 */
export const IsEmailAddress = (message: string) =>
  ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          try {
            return isEmail(value);
          } catch {
            return false;
          }
        },
        defaultMessage: () => message,
      },
    },
    { message },
  );
