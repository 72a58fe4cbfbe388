import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateReportRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined, IsOptional, IsUUID } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';
import { trimText } from './create-comment.dto';

export class CreateReportDto implements CreateReportRequest {
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What is wrong with it' })
  @Transform(trimText)
  @IsDefined({ message: 'reason is required' })
  @NonBlankText(1000)
  reason!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Report this comment of the idea instead of the idea itself' })
  @IsOptional()
  @IsUUID('all', { message: 'commentId must be a UUID' })
  commentId?: string;
}
