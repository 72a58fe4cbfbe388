import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SetShortlistRequest, ShortlistProposalRequest, ShortlistRule } from '@challenge/contract';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

export const SHORTLIST_RULES: ShortlistRule[] = ['top_votes', 'top_pairwise'];
export const MAX_SHORTLIST = 200;

export class ShortlistProposalDto implements ShortlistProposalRequest {
  @ApiProperty({
    enum: SHORTLIST_RULES,
    description: 'Rank by support votes, or by the pairwise (Bradley–Terry) score',
  })
  @IsDefined({ message: 'rule is required' })
  @IsIn(SHORTLIST_RULES, { message: 'rule must be one of top_votes, top_pairwise' })
  rule!: ShortlistRule;

  @ApiProperty({ minimum: 1, maximum: 100, description: 'How many ideas: overall, or in each category' })
  @IsDefined({ message: 'count is required' })
  @IsInt({ message: 'count must be a whole number' })
  @Min(1, { message: 'count must be at least 1' })
  @Max(100, { message: 'count must be at most 100' })
  count!: number;

  @ApiPropertyOptional({ default: false, description: 'The top `count` of each category instead of overall' })
  @IsOptional()
  @IsBoolean({ message: 'perCategory must be true or false' })
  perCategory?: boolean;
}

export class SetShortlistDto implements SetShortlistRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_SHORTLIST, description: 'The shortlist, in order' })
  @IsDefined({ message: 'ideaIds is required' })
  @IsArray({ message: 'ideaIds must be a list of idea ids' })
  @ArrayMaxSize(MAX_SHORTLIST, { message: `ideaIds can have at most ${MAX_SHORTLIST} ideas` })
  @IsUUID('all', { each: true, message: 'each of ideaIds must be an idea id (a UUID)' })
  @ArrayUnique({ message: 'ideaIds must not list the same idea twice' })
  ideaIds!: string[];

  @ApiPropertyOptional({
    default: false,
    description:
      'Confirm the shortlist (after submissions and voting have closed, with a rubric set): audited; the authors are emailed',
  })
  @IsOptional()
  @IsBoolean({ message: 'confirm must be true or false' })
  confirm?: boolean;
}
