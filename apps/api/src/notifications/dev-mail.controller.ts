import { PublicRoute } from '../common/access/access.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import type { DevMail } from '@challenge/contract';
import { toDevMail } from './outbox-email.mapper';
import { OutboxRepository } from './outbox.repository';
import { IsEmailAddress } from '../common/validation/validators';
import { ApiReturns } from '../openapi/api-returns';

export class DevMailQueryDto {
  @ApiProperty({ example: 'resident1@demo.council.example' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmailAddress('to must be the email address whose mail you want to read')
  to!: string;
}

/**
 * The development mailbox: every email written to the outbox for an address, whatever its
 * delivery status, so it is readable before the worker runs. Never registered in production, and
 * left out of the OpenAPI document, which describes the production API.
 */
@ApiExcludeController()
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly outbox: OutboxRepository) {}

  /** Emails to that address, newest first (the latest 50); 400 when `to` is missing or not an email address. */
  @Get()
  @PublicRoute()
  async list(@Query() query: DevMailQueryDto): Promise<DevMail[]> {
    return (await this.outbox.listTo(query.to, 50)).map(toDevMail);
  }
}
