import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A path parameter that must be a UUID: 400 with a clear message, never a database error. */
export const UuidParam = (name: string, label: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`The ${label} id must be a UUID`) }));
