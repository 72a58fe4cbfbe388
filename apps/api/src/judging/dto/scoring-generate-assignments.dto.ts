import { ApiProperty } from '@nestjs/swagger';
import type { GenerateAssignmentsRequest } from '@challenge/contract';
import { IsDefined, IsInt, Max, Min } from 'class-validator';

/** The schema allows 1…50 judges per idea (challenges_judges_per_idea_check). */
export const JUDGES_PER_IDEA_MAX = 50;

export class GenerateAssignmentsDto implements GenerateAssignmentsRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: JUDGES_PER_IDEA_MAX, example: 3 })
  @IsDefined({ message: 'judgesPerIdea is required' })
  @IsInt({ message: 'judgesPerIdea must be a whole number' })
  @Min(1, { message: `judgesPerIdea must be between 1 and ${JUDGES_PER_IDEA_MAX}` })
  @Max(JUDGES_PER_IDEA_MAX, { message: `judgesPerIdea must be between 1 and ${JUDGES_PER_IDEA_MAX}` })
  judgesPerIdea!: number;
}
