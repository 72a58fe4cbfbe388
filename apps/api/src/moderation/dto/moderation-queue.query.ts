import { PageQueryDto } from '../../common/http/page-query.dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ModerationQueueQuery } from '@challenge/contract';

import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const QUEUE_STATUSES = ['pending', 'reported', 'hidden'] as const;

export class ModerationQueueQueryDto extends PageQueryDto implements ModerationQueueQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The council whose challenges to moderate; by default every council you moderate or administer',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: QUEUE_STATUSES, description: 'By default all three' })
  @IsOptional()
  @IsIn(QUEUE_STATUSES, { message: 'status must be one of pending, reported, hidden' })
  status?: (typeof QUEUE_STATUSES)[number];
}
