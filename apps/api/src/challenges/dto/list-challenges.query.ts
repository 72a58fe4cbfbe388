import { PageQueryDto } from '../../common/http/page-query.dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ChallengeListState, ListChallengesQuery } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

const toBool = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListChallengesQueryDto extends PageQueryDto implements ListChallengesQuery {
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
}
