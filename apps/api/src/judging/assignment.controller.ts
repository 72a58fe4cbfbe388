import { Access } from '../common/access/access.decorator';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AssignmentsSummary, JudgingProgress } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { AssignmentService } from './assignment.service';
import { GenerateAssignmentsDto } from './dto/scoring-generate-assignments.dto';
import { ReopenAssignmentDto } from './dto/scoring-reopen.dto';
import { ScoringReopenService } from './scoring-reopen.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('challenges/:id/assignments')
export class AssignmentController {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly reopening: ScoringReopenService,
  ) {}

  @Post()
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Assign judges to the shortlisted ideas (hosting councils’ admins): k judges per idea, loads balanced, never a conflicted judge; a re-run changes only what must change',
  })
  @ApiOkResponse({ description: 'How many assignments were created, removed and kept, and each judge’s load' })
  @ApiBadRequestResponse({ description: 'judgesPerIdea is not a whole number from 1 to 50' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a hosting council' })
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  @ApiConflictResponse({
    description:
      'Impossible, with the reason (not_enough_judges, too_many_locked), or not now (shortlist_not_confirmed, shortlist_empty, rubric_missing, judging_closed, conflicts_changed)',
  })
  @ApiReturns(200, 'AssignmentsSummary')
  generate(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: GenerateAssignmentsDto,
  ): Promise<AssignmentsSummary> {
    return this.assignments.generate(user, id, dto.judgesPerIdea);
  }

  @Post(':assignmentId/reopen')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Reopen a judge’s submitted scores (hosting councils’ admins), with a reason: audited, and the judge is emailed',
  })
  @ApiOkResponse({ description: 'The judging progress after reopening' })
  @ApiBadRequestResponse({ description: 'No reason given' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a hosting council' })
  @ApiNotFoundResponse({ description: 'No such challenge, or no such assignment in it' })
  @ApiConflictResponse({
    description: 'Not submitted (assignment_not_submitted) or judging is not open (judging_closed)',
  })
  @ApiReturns(200, 'JudgingProgress')
  reopen(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @UuidParam('assignmentId', 'assignment') assignmentId: string,
    @Body() dto: ReopenAssignmentDto,
  ): Promise<JudgingProgress> {
    return this.reopening.reopen(user, id, assignmentId, dto.reason);
  }
}
