import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ChallengeListState, ListChallengesQuery } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListChallengesQueryDto implements ListChallengesQuery {
  @ApiPropertyOptional({ enum: ['open', 'upcoming', 'past'] })
  @IsOptional()
  @IsIn(['open', 'upcoming', 'past'], { message: 'state must be one of open, upcoming, past' })
  state?: ChallengeListState;

  @ApiPropertyOptional({
    description: 'Only challenges hosted by councils you administer, drafts included (signed in)',
  })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be at least 1' })
  @Max(100000, { message: 'page must be at most 100000' })
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be at least 1' })
  @Max(100, { message: 'pageSize must be at most 100' })
  pageSize?: number;
}
