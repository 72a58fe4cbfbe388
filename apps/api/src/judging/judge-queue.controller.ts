import { Access, SignedIn } from '../common/access/access.decorator';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { JudgeAssignment, JudgeAssignmentSummary } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { SaveScoresDto } from './dto/scoring-save-scores.dto';
import { ScoringService } from './scoring.service';
import { ApiReturns } from '../openapi/api-returns';

const NOT_YOURS = 'No such assignment, or not yours (assignments of other judges are never revealed)';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('judging/assignments')
export class JudgeQueueController {
  constructor(private readonly scoring: ScoringService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Your judging queue across challenges: the ideas assigned to you and how far you are' })
  @ApiOkResponse({ description: 'Your assignments, open ones first' })
  @ApiReturns(200, 'JudgeAssignmentSummary[]')
  queue(@CurrentUser() user: AuthUser): Promise<JudgeAssignmentSummary[]> {
    return this.scoring.queue(user);
  }

  @Get(':id')
  @Access('assignment.score', 'id')
  @ApiOperation({
    summary:
      'One of your assignments: the idea (blind by default: no author, team or other identifying details), the rubric and your saved scores',
  })
  @ApiOkResponse({ description: 'The assignment' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiReturns(200, 'JudgeAssignment')
  get(@CurrentUser() user: AuthUser, @UuidParam('id', 'assignment') id: string): Promise<JudgeAssignment> {
    return this.scoring.get(user, id);
  }

  @Put(':id')
  @Access('assignment.score', 'id')
  @ApiOperation({ summary: 'Save some or all of your scores, each with an optional comment, until you submit' })
  @ApiOkResponse({ description: 'The assignment with the saved scores' })
  @ApiBadRequestResponse({
    description:
      'A score outside its criterion’s range (score_out_of_range), a criterion not in the rubric (unknown_criterion) or given twice (duplicate_criterion)',
  })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiConflictResponse({
    description: 'Already submitted (assignment_submitted) or judging is not open (judging_closed)',
  })
  @ApiReturns(200, 'JudgeAssignment')
  save(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'assignment') id: string,
    @Body() dto: SaveScoresDto,
  ): Promise<JudgeAssignment> {
    return this.scoring.save(user, id, dto);
  }

  @Post(':id/submit')
  @Access('assignment.score', 'id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit your scores: every criterion must be scored; they are then locked' })
  @ApiOkResponse({ description: 'The submitted assignment' })
  @ApiBadRequestResponse({ description: 'Criteria without a score, listed (scores_missing)' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiConflictResponse({
    description: 'Already submitted (assignment_submitted) or judging is not open (judging_closed)',
  })
  @ApiReturns(200, 'JudgeAssignment')
  submit(@CurrentUser() user: AuthUser, @UuidParam('id', 'assignment') id: string): Promise<JudgeAssignment> {
    return this.scoring.submit(user, id);
  }
}
