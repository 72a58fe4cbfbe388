import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SaveScoresRequest, ScoreInput } from '@challenge/contract';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { NoNul } from '../../common/validation/validators';

export const COMMENT_MAX = 5000;
/** More criteria than any rubric has; a longer list is refused before touching the database. */
export const SCORES_MAX = 50;

export class ScoreInputDto implements ScoreInput {
  @ApiProperty({ format: 'uuid', description: 'A criterion of the challenge’s rubric' })
  @IsDefined({ message: 'criterionId is required' })
  @IsUUID('all', { message: 'criterionId must be a UUID' })
  criterionId!: string;

  @ApiProperty({ type: 'integer', description: 'A whole number within the criterion’s range (minScore…maxScore)' })
  @IsDefined({ message: 'score is required' })
  @IsInt({ message: 'score must be a whole number' })
  score!: number;

  @ApiPropertyOptional({
    maxLength: COMMENT_MAX,
    description: 'Plain text; leaving it out keeps the comment already saved for this criterion',
  })
  @IsOptional()
  @IsString({ message: 'comment must be text' })
  @MaxChars(COMMENT_MAX, { message: `comment must be at most ${COMMENT_MAX} characters` })
  @NoNul()
  comment?: string;
}

export class SaveScoresDto implements SaveScoresRequest {
  @ApiProperty({
    type: [ScoreInputDto],
    description: 'Some or all of the criteria; each one given replaces its saved score',
  })
  @IsDefined({ message: 'scores is required' })
  @IsArray({ message: 'scores must be a list' })
  @ArrayMinSize(1, { message: 'scores must have at least one score' })
  @ArrayMaxSize(SCORES_MAX, { message: `scores can have at most ${SCORES_MAX} entries` })
  @IsObject({ each: true, message: 'each score must be an object' })
  @ValidateNested({ each: true })
  @Type(() => ScoreInputDto)
  scores!: ScoreInputDto[];
}
