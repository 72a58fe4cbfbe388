import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ModerationQueueQuery } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { toInt } from '../../comments/dto/list-comments.query';

export const QUEUE_STATUSES = ['pending', 'reported', 'hidden'] as const;

export class ModerationQueueQueryDto implements ModerationQueueQuery {
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

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be at least 1' })
  @Max(100000, { message: 'page must be at most 100000' })
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be at least 1' })
  @Max(100, { message: 'pageSize must be at most 100' })
  pageSize?: number;
}
