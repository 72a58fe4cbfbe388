import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { VoteFlagDecisionResponse, VoteFlagList } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { VoteFlagDecisionDto } from './dto/vote-flag-decision.dto';
import { VoteFlagsService } from './vote-flags.service';
import { ApiReturns } from '../openapi/api-returns';

const FLAG_ID = { name: 'flagId', description: 'A flag id from GET /challenges/:id/vote-flags' };
const ADMINS_ONLY = 'You are not an admin of a council hosting this challenge';
const DECIDED = 'The flag after the decision, and how many votes changed state (0 when they already were in it)';

@ApiTags('votes')
@ApiBearerAuth()
@Controller('challenges/:id/vote-flags')
export class VoteFlagsController {
  constructor(private readonly flags: VoteFlagsService) {}

  @Get()
  @Access('challenge.manage', 'id')
  @ApiOperation({
    summary:
      'Suspicious voting in a challenge (bursts from one network, bursts from new accounts, identical vote sets), for admins of the hosting councils; voters are never named',
  })
  @ApiOkResponse({ description: 'The flags, newest first, and how many votes of the challenge are invalidated' })
  @ApiForbiddenResponse({ description: ADMINS_ONLY })
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  @ApiReturns(200, 'VoteFlagList')
  list(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<VoteFlagList> {
    return this.flags.list(user, id);
  }

  @Post(':flagId/invalidate')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiParam(FLAG_ID)
  @ApiOperation({
    summary: "Invalidate a flag's votes: they stop counting but are kept (and keep using their voters' allowance)",
  })
  @ApiOkResponse({ description: DECIDED })
  @ApiBadRequestResponse({ description: 'No reason, or a blank one' })
  @ApiForbiddenResponse({ description: ADMINS_ONLY })
  @ApiNotFoundResponse({ description: 'No such challenge, or no such flag in it' })
  @ApiConflictResponse({ description: 'The results are published (results_published)' })
  @ApiReturns(200, 'VoteFlagDecisionResponse')
  invalidate(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Param('flagId') flagId: string,
    @Body() dto: VoteFlagDecisionDto,
  ): Promise<VoteFlagDecisionResponse> {
    return this.flags.decide(user, id, flagId, 'invalidate', dto.reason);
  }

  @Post(':flagId/restore')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiParam(FLAG_ID)
  @ApiOperation({ summary: "Restore a flag's invalidated votes: they count again" })
  @ApiOkResponse({ description: DECIDED })
  @ApiBadRequestResponse({ description: 'No reason, or a blank one' })
  @ApiForbiddenResponse({ description: ADMINS_ONLY })
  @ApiNotFoundResponse({ description: 'No such challenge, or no such flag in it' })
  @ApiConflictResponse({ description: 'The results are published (results_published)' })
  @ApiReturns(200, 'VoteFlagDecisionResponse')
  restore(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Param('flagId') flagId: string,
    @Body() dto: VoteFlagDecisionDto,
  ): Promise<VoteFlagDecisionResponse> {
    return this.flags.decide(user, id, flagId, 'restore', dto.reason);
  }
}
