import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PairAnswerRequest } from '@challenge/contract';
import { IsBoolean, IsString, IsUUID, ValidateIf } from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { NoNul } from '../../common/validation/validators';

/** The answer to a served pair: the better idea, or `skip: true` for "can't decide". */
export class PairAnswerDto implements PairAnswerRequest {
  @ApiProperty({ description: 'The pairId served with the pair by GET /challenges/:id/pairs/next' })
  @IsString({ message: 'pairId must be text' })
  @MaxChars(1000, { message: 'pairId must be at most 1000 characters' })
  @NoNul()
  pairId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The better of the two ideas; omit when skipping' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsUUID('all', { message: 'winnerIdeaId must be a UUID' })
  winnerIdeaId?: string;

  @ApiPropertyOptional({ description: 'true to skip the pair ("can\'t decide"); it is not shown again' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsBoolean({ message: 'skip must be true or false' })
  skip?: boolean;
}
