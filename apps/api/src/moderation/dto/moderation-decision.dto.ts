import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ModerationAction, ModerationDecisionRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, ValidateIf } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

export const MODERATION_ACTIONS: ModerationAction[] = ['approve', 'hide', 'restore', 'dismiss'];

export class ModerationDecisionDto implements ModerationDecisionRequest {
  @ApiProperty({ enum: MODERATION_ACTIONS })
  @IsIn(MODERATION_ACTIONS, { message: 'action must be one of approve, hide, restore, dismiss' })
  action!: ModerationAction;

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Required to hide (the author is told it); recorded in the audit log for every action',
  })
  @Transform(trimText)
  @ValidateIf((o: ModerationDecisionDto) => o.action === 'hide' || o.reason !== undefined)
  @IsDefined({ message: 'reason is required to hide content' })
  @NonBlankText(1000)
  reason?: string;
}
