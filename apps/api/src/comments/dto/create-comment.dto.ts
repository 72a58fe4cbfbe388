import { ApiProperty } from '@nestjs/swagger';
import type { CreateCommentRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';

export const trimText = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateCommentDto implements CreateCommentRequest {
  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'Plain text' })
  @Transform(trimText)
  @IsDefined({ message: 'body is required' })
  @NonBlankText(5000)
  body!: string;
}
