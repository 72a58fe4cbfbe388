import { ApiProperty } from '@nestjs/swagger';
import type { CreateIdeaRequest } from '@challenge/contract';
import { IdeaFieldsDto, TITLE_MAX, TitleText } from './idea-fields.dto';

export class CreateIdeaDto extends IdeaFieldsDto implements CreateIdeaRequest {
  @ApiProperty({ maxLength: TITLE_MAX })
  @TitleText()
  title!: string;
}
