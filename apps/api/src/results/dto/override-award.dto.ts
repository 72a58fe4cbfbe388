import { ApiProperty } from '@nestjs/swagger';
import type { OverrideAwardRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined, IsUUID } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

/** POST /challenges/:id/results/awards/:prizeId/:slot/override */
export class OverrideAwardDto implements OverrideAwardRequest {
  @ApiProperty({ format: 'uuid', description: 'A shortlisted idea' })
  @IsDefined({ message: 'ideaId is required' })
  @IsUUID('all', { message: 'ideaId must be a UUID' })
  ideaId!: string;

  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why; published in “how the winners were chosen”' })
  @Transform(trimText)
  @IsDefined({ message: 'reason is required: an override is published with its reason' })
  @NonBlankText(1000)
  reason!: string;
}
