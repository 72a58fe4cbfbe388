import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail } from 'class-validator';
import type { DevMail } from '@challenge/contract';
import { Public } from '../common/auth/decorators';
import { toDevMail } from './outbox-email.mapper';
import { OutboxRepository } from './outbox.repository';

export class DevMailQueryDto {
  @ApiProperty({ example: 'resident1@demo.council.example' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'to must be the email address whose mail you want to read' })
  to!: string;
}

/**
 * The development mailbox: every email written to the outbox for an address, whatever its
 * delivery status, so it is readable before the worker runs. Never registered in production.
 */
@ApiTags('development')
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Emails to that address, newest first (the latest 50)' })
  @ApiBadRequestResponse({ description: '`to` is missing or not an email address' })
  async list(@Query() query: DevMailQueryDto): Promise<DevMail[]> {
    return (await this.outbox.listTo(query.to, 50)).map(toDevMail);
  }
}
