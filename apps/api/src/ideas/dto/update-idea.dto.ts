import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateIdeaRequest } from '@challenge/contract';
import { ValidateIf } from 'class-validator';
import { IdeaFieldsDto, TITLE_MAX, TitleText } from './idea-fields.dto';

export class UpdateIdeaDto extends IdeaFieldsDto implements UpdateIdeaRequest {
  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @ValidateIf((_o, v) => v !== undefined)
  @TitleText()
  title?: string;
}
