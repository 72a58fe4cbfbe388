import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  registerDecorator,
  ValidationArguments,
} from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import type { Locale } from '@challenge/contract';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '../passwords';
import { IsEmailAddress } from '../../common/validation/validators';

export const LOCALES: readonly Locale[] = ['en', 'cy'];

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** An email address, trimmed and lower-cased. */
export const EmailField = () =>
  applyDecorators(
    ApiProperty({ example: 'sam@example.org', maxLength: 254 }),
    Transform(normaliseEmail),
    IsEmailAddress('email must be a valid email address, like name@example.org'),
    MaxChars(254, { message: 'email must be at most 254 characters' }),
  );

export const DisplayNameField = ({ optional }: { optional: boolean }) =>
  applyDecorators(
    optional
      ? ApiPropertyOptional({ example: 'Sam Jones', minLength: 1, maxLength: 100 })
      : ApiProperty({ example: 'Sam Jones', minLength: 1, maxLength: 100 }),
    ...(optional ? [IsOptional()] : []),
    Transform(trim),
    IsString({ message: 'displayName must be text' }),
    Length(1, 100, { message: 'displayName must be between 1 and 100 characters' }),
  );

export const LocaleField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: LOCALES, default: 'en', description: 'Language for emails and the interface' }),
    IsOptional(),
    IsIn(LOCALES, { message: `locale must be one of: ${LOCALES.join(', ')}` }),
  );

export const TokenField = () =>
  applyDecorators(
    ApiProperty({ description: 'The token from the link in the email' }),
    IsString({ message: 'token must be text' }),
    IsNotEmpty({ message: 'token must not be empty' }),
    MaxChars(200, { message: 'token is too long' }),
  );

/** Any password (sign-in): only its type and size are checked. */
export const CurrentPasswordField = () =>
  applyDecorators(
    ApiProperty({ format: 'password' }),
    IsString({ message: 'password must be text' }),
    IsNotEmpty({ message: 'password must not be empty' }),
    MaxChars(MAX_PASSWORD_LENGTH, { message: `password must be at most ${MAX_PASSWORD_LENGTH} characters` }),
  );

/** A new password: long enough, not common, not containing the email of the same request. */
export const NewPasswordField = () =>
  applyDecorators(
    ApiProperty({ format: 'password', minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }),
    IsString({ message: 'password must be text' }),
    AcceptablePassword(),
  );

function AcceptablePassword(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'acceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordProblem(value, emailOf(args.object)) === null,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? (passwordProblem(args.value, emailOf(args.object)) ?? 'Password is not acceptable')
            : 'password must be text',
      },
    });
}

const emailOf = (object: object): string | undefined => {
  const email = (object as { email?: unknown }).email;
  return typeof email === 'string' && email.includes('@') ? email : undefined;
};
