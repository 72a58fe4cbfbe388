import { ApiProperty } from '@nestjs/swagger';
import type { ReopenAssignmentRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

export class ReopenAssignmentDto implements ReopenAssignmentRequest {
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why; recorded in the audit log and sent to the judge' })
  @Transform(trimText)
  @IsDefined({ message: 'reason is required' })
  @NonBlankText(1000)
  reason!: string;
}
