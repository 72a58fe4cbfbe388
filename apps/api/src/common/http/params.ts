import { BadRequestException, Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';

/** PostgreSQL prints UUIDs in lower case; ids compared as text (signed pair ids, lists) must match it. */
class LowerCasePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    return value.toLowerCase();
  }
}

/** A path parameter that must be a UUID: 400 with a clear message, never a database error; lower-cased. */
export const UuidParam = (name: string, label: string) =>
  Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`The ${label} id must be a UUID`) }),
    new LowerCasePipe(),
  );
