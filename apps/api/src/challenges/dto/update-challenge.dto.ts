import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateChallengeRequest } from '@challenge/contract';
import { IsOptional, Matches, ValidateIf } from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { ChallengeFieldsDto } from './challenge-fields.dto';
import { NonBlankText, OptionalNonBlankText } from '../../common/validation/validators';

export class UpdateChallengeDto extends ChallengeFieldsDto implements UpdateChallengeRequest {
  @OptionalNonBlankText(150)
  title?: string;

  @ApiPropertyOptional({ example: 'cleaner-streets-2026' })
  @IsOptional()
  @MaxChars(80, { message: 'slug must be at most 80 characters' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lowercase letters and digits separated by single hyphens',
  })
  slug?: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Required to change prizes, pot, vote weight or judging summary once submissions have opened; audited',
  })
  @ValidateIf((_o, v) => v !== undefined)
  @NonBlankText(1000)
  changeReason?: string;
}
