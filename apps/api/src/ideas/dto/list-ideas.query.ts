import { PageQueryDto } from '../../common/http/page-query.dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { IdeaSort, ListIdeasQuery } from '@challenge/contract';

import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { NoNul } from '../../common/validation/validators';

export class ListIdeasQueryDto extends PageQueryDto implements ListIdeasQuery {
  @ApiPropertyOptional({ description: 'Full-text search (web search syntax: words, "phrases", -excluded, or)' })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MaxChars(200, { message: 'q must be at most 200 characters' })
  @NoNul()
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'category must be text' })
  @MaxChars(100, { message: 'category must be at most 100 characters' })
  @NoNul()
  category?: string;

  @ApiPropertyOptional({
    enum: ['random', 'top', 'recent'],
    description: 'Default: random while voting is open, else recent; with q, relevance unless sort is given',
  })
  @IsOptional()
  @IsIn(['random', 'top', 'recent'], { message: 'sort must be one of random, top, recent' })
  sort?: IdeaSort;

  @ApiPropertyOptional({ description: 'Seed of the random order; defaults to your account or a visitor cookie' })
  @IsOptional()
  @IsString({ message: 'seed must be text' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'seed must be 1 to 64 letters, digits, - or _' })
  seed?: string;
}

export class SimilarIdeasQueryDto {
  @ApiPropertyOptional({ description: 'The title being typed; under 3 characters gives no hints' })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @MaxChars(150, { message: 'title must be at most 150 characters' })
  @NoNul()
  title?: string;
}
