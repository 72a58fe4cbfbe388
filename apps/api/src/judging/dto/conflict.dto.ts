import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DeclareConflictRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined, IsOptional, IsUUID } from 'class-validator';
import { NonBlankText } from '../../common/validation/validators';
import { trimText } from '../../comments/dto/create-comment.dto';

export class DeclareConflictDto implements DeclareConflictRequest {
  @ApiProperty({ format: 'uuid', description: 'An idea of this challenge' })
  @IsDefined({ message: 'ideaId is required' })
  @IsUUID('all', { message: 'ideaId must be an idea id (a UUID)' })
  ideaId!: string;

  @ApiProperty({ maxLength: 1000, example: 'The author is my neighbour' })
  @Transform(trimText)
  @IsDefined({ message: 'reason is required' })
  @NonBlankText(1000)
  reason!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins only: the judge the conflict is recorded for. Judges leave it out to declare their own',
  })
  @IsOptional()
  @IsUUID('all', { message: 'judgeId must be a user id (a UUID)' })
  judgeId?: string;
}
