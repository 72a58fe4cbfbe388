import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import type { CreateOrganisationRequest } from '@challenge/contract';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Kent County Council', minLength: 2, maxLength: 120 })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @Length(2, 120, { message: 'name must be between 2 and 120 characters' })
  name!: string;

  @ApiPropertyOptional({ example: 'kent-county-council', description: 'Derived from the name when absent' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'slug must be text' })
  @Length(2, 80, { message: 'slug must be between 2 and 80 characters' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug may contain only lower-case letters, digits and single hyphens between them',
  })
  slug?: string;
}
