import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ImplementationUpdate } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { ImplementationUpdateDto } from './dto/implementation-update.dto';
import { ImplementationUpdatesService } from './implementation-updates.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('results')
@ApiBearerAuth()
@Controller('challenges/:id')
export class ImplementationUpdatesController {
  constructor(private readonly updates: ImplementationUpdatesService) {}

  @Post('ideas/:ideaId/updates')
  @Access('challenge.manage', 'id')
  @ApiOperation({
    summary:
      'Post an implementation update on a winning idea (hosting councils’ admins, after the results are published); its followers get it in the next email digest',
  })
  @ApiCreatedResponse({ description: 'The update' })
  @ApiBadRequestResponse({ description: 'An unknown status, a blank body or a negative spend' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a council hosting this challenge' })
  @ApiNotFoundResponse({ description: 'No such challenge, or no such idea in it' })
  @ApiConflictResponse({ description: 'results_not_published, or not_a_winner (the idea won no prize)' })
  @ApiReturns(201, 'ImplementationUpdate')
  post(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') challengeId: string,
    @UuidParam('ideaId', 'idea') ideaId: string,
    @Body() dto: ImplementationUpdateDto,
  ): Promise<ImplementationUpdate> {
    return this.updates.post(user, challengeId, ideaId, dto);
  }

  @Get('ideas/:ideaId/updates')
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'An idea’s implementation updates, newest first' })
  @ApiOkResponse({ description: 'The updates (empty before any is posted)' })
  @ApiNotFoundResponse({ description: 'No such published challenge, or no such idea in it' })
  @ApiReturns(200, 'ImplementationUpdate[]')
  listForIdea(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') challengeId: string,
    @UuidParam('ideaId', 'idea') ideaId: string,
  ): Promise<ImplementationUpdate[]> {
    return this.updates.list(user, challengeId, ideaId);
  }

  @Get('updates')
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'Every implementation update of a challenge’s winning ideas, newest first' })
  @ApiOkResponse({ description: 'The updates (empty before any is posted)' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiReturns(200, 'ImplementationUpdate[]')
  listForChallenge(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') challengeId: string,
  ): Promise<ImplementationUpdate[]> {
    return this.updates.list(user, challengeId);
  }
}
