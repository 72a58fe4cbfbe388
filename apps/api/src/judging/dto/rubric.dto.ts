import { ApiProperty } from '@nestjs/swagger';
import type { CriterionInput, SetRubricRequest } from '@challenge/contract';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsNumber,
  IsObject,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NonBlankText, OptionalText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

export const MAX_CRITERIA = 12;

export class CriterionDto implements CriterionInput {
  @ApiProperty({ example: 'Impact', maxLength: 120 })
  @Transform(trimText)
  @IsDefined({ message: '$property is required' })
  @NonBlankText(120)
  name!: string;

  @OptionalText(120, 'The name in Welsh')
  nameCy?: string | null;

  @ApiProperty({ example: 'How much difference the idea would make to residents', maxLength: 2000 })
  @Transform(trimText)
  @IsDefined({ message: '$property is required' })
  @NonBlankText(2000)
  description!: string;

  @OptionalText(2000, 'The description in Welsh')
  descriptionCy?: string | null;

  @ApiProperty({ example: 0, minimum: 0, maximum: 999, description: 'The lowest score a judge can give' })
  @IsDefined({ message: '$property is required' })
  @IsInt({ message: '$property must be a whole number' })
  @Min(0, { message: '$property must be at least 0' })
  @Max(999, { message: '$property must be at most 999' })
  minScore!: number;

  @ApiProperty({ example: 10, minimum: 1, maximum: 1000, description: 'The highest score; greater than minScore' })
  @IsDefined({ message: '$property is required' })
  @IsInt({ message: '$property must be a whole number' })
  @Min(1, { message: '$property must be at least 1' })
  @Max(1000, { message: '$property must be at most 1000' })
  maxScore!: number;

  @ApiProperty({ example: 2, minimum: 0.0001, maximum: 1000, description: 'Relative weight; greater than 0' })
  @IsDefined({ message: '$property is required' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 },
    { message: '$property must be a number with at most 4 decimal places' },
  )
  @Min(0.0001, { message: '$property must be greater than 0' })
  @Max(1000, { message: '$property must be at most 1000' })
  weight!: number;
}

export class SetRubricDto implements SetRubricRequest {
  @ApiProperty({ type: [CriterionDto], description: `1 to ${MAX_CRITERIA} criteria; replaces the rubric, in order` })
  @IsDefined({ message: 'criteria is required' })
  @IsArray({ message: 'criteria must be a list' })
  @ArrayMinSize(1, { message: 'criteria must have at least 1 criterion' })
  @ArrayMaxSize(MAX_CRITERIA, { message: `criteria can have at most ${MAX_CRITERIA} criteria` })
  @IsObject({ each: true, message: 'each criterion must be an object' })
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria!: CriterionDto[];
}
