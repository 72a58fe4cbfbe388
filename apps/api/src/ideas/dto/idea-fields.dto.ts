import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IdeaLocation } from '@challenge/contract';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsObject,
  IsOptional,
  Min,
  ValidateNested,
} from 'class-validator';
import { NonBlankText, OptionalText } from '../../common/validation/validators';

export const TITLE_MAX = 150;
export const SUMMARY_MAX = 500;
export const DESCRIPTION_MAX = 20000;

export class IdeaLocationDto implements IdeaLocation {
  @OptionalText(200, 'A place name shown with the idea')
  label!: string | null;

  @ApiProperty({ minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.latitude must be a number' })
  @IsLatitude({ message: 'location.latitude must be between -90 and 90' })
  latitude!: number;

  @ApiProperty({ minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.longitude must be a number' })
  @IsLongitude({ message: 'location.longitude must be between -180 and 180' })
  longitude!: number;
}

/** The editable fields of an idea, shared by create (title required) and update (all optional). */
export class IdeaFieldsDto {
  /** A short summary; null clears it. */
  @OptionalText(SUMMARY_MAX, 'A short summary shown in listings')
  summary?: string | null;

  /** Markdown; null clears it. */
  @OptionalText(DESCRIPTION_MAX, 'Markdown; raw HTML is not allowed and is shown as text')
  description?: string | null;

  @OptionalText(100, "One of the challenge's categories (required when it has any, on submission)")
  category?: string | null;

  @OptionalText(
    100,
    "One of the challenge's entrant categories, e.g. public or staff (required when it has any, on submission)",
  )
  entrantCategory?: string | null;

  @ApiPropertyOptional({ type: IdeaLocationDto, nullable: true })
  @IsOptional()
  @IsObject({ message: 'location must be an object with latitude and longitude' })
  @ValidateNested()
  @Type(() => IdeaLocationDto)
  location?: IdeaLocationDto | null;

  @ApiPropertyOptional({ description: 'true to submit the idea (needs submissions open and the rules acknowledged)' })
  @IsOptional()
  @IsBoolean({ message: 'submit must be true or false' })
  submit?: boolean;

  @ApiPropertyOptional({ description: 'The rules version in force, which the author acknowledges when submitting' })
  @IsOptional()
  @IsInt({ message: 'acknowledgeRulesVersion must be a whole number' })
  @Min(1, { message: 'acknowledgeRulesVersion must be at least 1' })
  acknowledgeRulesVersion?: number;
}

export const TitleText = () => NonBlankText(TITLE_MAX);
