import { ApiProperty } from '@nestjs/swagger';
import type { VoteFlagDecisionRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

export class VoteFlagDecisionDto implements VoteFlagDecisionRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 1000,
    description: 'Why: kept with the decision and in the audit log, and on each invalidated vote',
  })
  @Transform(trimText)
  @IsDefined({ message: 'reason is required: say why you are making this decision' })
  @NonBlankText(1000)
  reason!: string;
}
