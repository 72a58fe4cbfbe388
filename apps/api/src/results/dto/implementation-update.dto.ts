import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ImplementationStatus, ImplementationUpdateInput } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NonBlankText, OptionalText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

export const IMPLEMENTATION_STATUSES: ImplementationStatus[] = ['planned', 'in_progress', 'completed', 'stopped'];
/** £1bn, as for prizes. */
const MAX_SPEND_PENCE = 100_000_000_000;

/** POST /challenges/:id/ideas/:ideaId/updates: one implementation update on a winning idea. */
export class ImplementationUpdateDto implements ImplementationUpdateInput {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES })
  @IsIn(IMPLEMENTATION_STATUSES, { message: 'status must be one of planned, in_progress, completed, stopped' })
  status!: ImplementationStatus;

  @ApiProperty({ minLength: 1, maxLength: 10000, description: 'Plain text, English' })
  @Transform(trimText)
  @IsDefined({ message: 'body is required' })
  @NonBlankText(10000)
  body!: string;

  @OptionalText(10000, 'Plain text, Welsh')
  @Transform(trimText)
  bodyCy?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 250000,
    description: 'Money spent so far, in pence',
  })
  @IsOptional()
  @IsInt({ message: 'spendPence must be a whole number of pence' })
  @Min(0, { message: 'spendPence must not be negative' })
  @Max(MAX_SPEND_PENCE, { message: `spendPence must be at most ${MAX_SPEND_PENCE}` })
  spendPence?: number | null;
}
