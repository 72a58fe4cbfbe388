import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateChallengeRequest } from '@challenge/contract';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID, Matches } from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { ChallengeFieldsDto } from './challenge-fields.dto';
import { NonBlankText } from '../../common/validation/validators';

export class CreateChallengeDto extends ChallengeFieldsDto implements CreateChallengeRequest {
  @ApiProperty({ format: 'uuid', description: 'The lead council; you must be one of its admins' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Partner councils whose admins also manage it' })
  @IsOptional()
  @IsArray({ message: 'coHostOrganisationIds must be a list of UUIDs' })
  @ArrayMaxSize(10, { message: 'coHostOrganisationIds can have at most 10 councils' })
  @ArrayUnique(undefined, { message: 'coHostOrganisationIds must not repeat a council' })
  @IsUUID('all', { each: true, message: 'each of coHostOrganisationIds must be a UUID' })
  coHostOrganisationIds?: string[];

  @ApiPropertyOptional({ example: 'cleaner-streets-2026', description: 'Generated from the title when omitted' })
  @IsOptional()
  @MaxChars(80, { message: 'slug must be at most 80 characters' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lowercase letters and digits separated by single hyphens',
  })
  slug?: string;

  @ApiProperty({ example: 'Cleaner streets', maxLength: 150 })
  @NonBlankText(150)
  title!: string;
}
