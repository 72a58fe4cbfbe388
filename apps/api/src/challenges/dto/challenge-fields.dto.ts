import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PrizeInput, PublicVoteMeasure, StageWindowInput } from '@challenge/contract';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { NoNul, NonBlankText, OptionalInstant, OptionalText } from '../../common/validation/validators';

const MAX_PENCE = 1_000_000_000_00; // £1bn
const MEASURES: PublicVoteMeasure[] = ['supports', 'pairwise'];

const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

/** Optional, but null is refused: these settings always have a value. */
const GivenOnly = () => ValidateIf((_o, v) => v !== undefined);
const OptionalFlag = (description: string, defaultValue: boolean) =>
  apply([
    ApiPropertyOptional({ type: Boolean, default: defaultValue, description }),
    GivenOnly(),
    IsBoolean({ message: '$property must be true or false' }),
  ]);

export class StageWindowDto implements StageWindowInput {
  @OptionalInstant()
  opensAt?: string | null;

  @OptionalInstant()
  closesAt?: string | null;
}

export class StagesDto {
  @ApiPropertyOptional({ type: StageWindowDto, nullable: true })
  @IsOptional()
  @IsObject({ message: 'stages.submissions must be an object with opensAt and closesAt' })
  @ValidateNested()
  @Type(() => StageWindowDto)
  submissions?: StageWindowDto | null;

  @ApiPropertyOptional({ type: StageWindowDto, nullable: true })
  @IsOptional()
  @IsObject({ message: 'stages.voting must be an object with opensAt and closesAt' })
  @ValidateNested()
  @Type(() => StageWindowDto)
  voting?: StageWindowDto | null;

  @ApiPropertyOptional({ type: StageWindowDto, nullable: true })
  @IsOptional()
  @IsObject({ message: 'stages.shortlisting must be an object with opensAt and closesAt' })
  @ValidateNested()
  @Type(() => StageWindowDto)
  shortlisting?: StageWindowDto | null;

  @ApiPropertyOptional({ type: StageWindowDto, nullable: true })
  @IsOptional()
  @IsObject({ message: 'stages.judging must be an object with opensAt and closesAt' })
  @ValidateNested()
  @Type(() => StageWindowDto)
  judging?: StageWindowDto | null;

  @ApiPropertyOptional({
    type: StageWindowDto,
    nullable: true,
    description: 'opensAt: announcement; closesAt: challenge closes',
  })
  @IsOptional()
  @IsObject({ message: 'stages.results must be an object with opensAt and closesAt' })
  @ValidateNested()
  @Type(() => StageWindowDto)
  results?: StageWindowDto | null;
}

export class PrizeDto implements PrizeInput {
  @ApiProperty({ example: 'First prize', maxLength: 100 })
  @NonBlankText(100)
  name!: string;

  @OptionalText(100)
  nameCy?: string | null;

  @ApiProperty({ example: 500000, description: 'Amount of each prize in pence' })
  @IsInt({ message: 'amountPence must be a whole number of pence' })
  @Min(1, { message: 'amountPence must be at least 1' })
  @Max(MAX_PENCE, { message: `amountPence must be at most ${MAX_PENCE}` })
  amountPence!: number;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt({ message: 'count must be a whole number' })
  @Min(1, { message: 'count must be at least 1' })
  @Max(1000, { message: 'count must be at most 1000' })
  count?: number;

  @OptionalText(50, 'One of the challenge categories or entrant categories')
  category?: string | null;

  @OptionalFlag("Awarded by the public vote alone (People's Choice); such a prize has no category", false)
  peoplesChoice?: boolean;
}

const tagList = (name: string) => [
  IsOptional(),
  IsArray({ message: `${name} must be a list of short texts` }),
  ArrayMaxSize(20, { message: `${name} can have at most 20 entries` }),
  ArrayUnique(undefined, { message: `${name} must not repeat an entry` }),
  MaxChars(50, { each: true, message: `each of ${name} must be text of at most 50 characters` }),
  Matches(/\S/, { each: true, message: `each of ${name} must be non-blank text` }),
  NoNul({ each: true }),
];

/** Fields shared by create and update. */
export class ChallengeFieldsDto {
  @OptionalText(150)
  titleCy?: string | null;

  @OptionalText(500)
  summary?: string | null;

  @OptionalText(500)
  summaryCy?: string | null;

  @OptionalText(20000, 'Markdown, stored raw and sanitised when rendered')
  description?: string | null;

  @OptionalText(20000)
  descriptionCy?: string | null;

  @OptionalText(5000)
  problemStatement?: string | null;

  @OptionalText(5000)
  problemStatementCy?: string | null;

  @OptionalText(5000)
  eligibility?: string | null;

  @OptionalText(5000)
  eligibilityCy?: string | null;

  @OptionalText(5000)
  howToEnter?: string | null;

  @OptionalText(5000)
  howToEnterCy?: string | null;

  @OptionalText(5000, 'How winners are chosen: the judging criteria in words')
  judgingSummary?: string | null;

  @OptionalText(5000)
  judgingSummaryCy?: string | null;

  @OptionalText(50000, 'Rules and terms; a change creates a new rules version')
  rules?: string | null;

  @OptionalText(50000)
  rulesCy?: string | null;

  @OptionalText(250, 'Alternative text of the cover image; leave empty for a decorative image')
  coverAlt?: string | null;

  @OptionalText(250)
  coverAltCy?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Transport', 'Environment'] })
  @apply(tagList('categories'))
  categories?: string[];

  @ApiPropertyOptional({ type: [String], example: ['public', 'staff'] })
  @apply(tagList('entrantCategories'))
  entrantCategories?: string[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 1000000, description: 'Prize pot in pence' })
  @IsOptional()
  @IsInt({ message: 'prizePotPence must be a whole number of pence' })
  @Min(0, { message: 'prizePotPence must not be negative' })
  @Max(MAX_PENCE, { message: `prizePotPence must be at most ${MAX_PENCE}` })
  prizePotPence?: number | null;

  @ApiPropertyOptional({ type: [PrizeDto], description: 'Replaces every prize tier, in order' })
  @IsOptional()
  @IsArray({ message: 'prizes must be a list' })
  @ArrayMaxSize(20, { message: 'prizes can have at most 20 tiers' })
  @IsObject({ each: true, message: 'each prize must be an object' })
  @ValidateNested({ each: true })
  @Type(() => PrizeDto)
  prizes?: PrizeDto[];

  @ApiPropertyOptional({ type: 'number', nullable: true, example: 0.3, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 },
    { message: 'publicVoteWeight must be a number with at most 3 decimal places' },
  )
  @Min(0, { message: 'publicVoteWeight must be between 0 and 1' })
  @Max(1, { message: 'publicVoteWeight must be between 0 and 1' })
  publicVoteWeight?: number | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'requiresVerifiedEmail must be true or false' })
  requiresVerifiedEmail?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'preModeration must be true or false' })
  preModeration?: boolean;

  @OptionalFlag('Residents support ideas with a per-person allowance of votes; frozen once voting opens', true)
  supportVoting?: boolean;

  @OptionalFlag('Residents compare pairs of ideas ("which is better?"); frozen once voting opens', false)
  pairwiseVoting?: boolean;

  @ApiPropertyOptional({
    enum: MEASURES,
    default: 'supports',
    description:
      'Which public vote feeds the final ranking; must be a method the challenge uses. Frozen once voting opens',
  })
  @GivenOnly()
  @IsIn(MEASURES, { message: 'publicVoteMeasure must be one of supports, pairwise' })
  publicVoteMeasure?: PublicVoteMeasure;

  @ApiPropertyOptional({
    default: 5,
    minimum: 1,
    maximum: 100,
    description: 'Support votes per person; frozen once voting opens',
  })
  @GivenOnly()
  @IsInt({ message: 'voteAllowance must be a whole number from 1 to 100' })
  @Min(1, { message: 'voteAllowance must be a whole number from 1 to 100' })
  @Max(100, { message: 'voteAllowance must be a whole number from 1 to 100' })
  voteAllowance?: number;

  @OptionalFlag('Authors may vote for (and compare) their own ideas; frozen once voting opens', false)
  allowSelfVotes?: boolean;

  @OptionalFlag('Judges see no author names or team details; frozen once judging opens', true)
  blindReview?: boolean;

  @ApiPropertyOptional({ type: StagesDto })
  @IsOptional()
  @IsObject({ message: 'stages must be an object keyed by stage' })
  @ValidateNested()
  @Type(() => StagesDto)
  stages?: StagesDto;
}
