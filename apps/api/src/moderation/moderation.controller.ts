import { Access } from '../common/access/access.decorator';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
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
import type { ModerationItem, Page } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { ModerationDecisionDto } from './dto/moderation-decision.dto';
import { ModerationQueueQueryDto } from './dto/moderation-queue.query';
import { ModerationService } from './moderation.service';
import { ApiReturns } from '../openapi/api-returns';

const TargetId = (what: 'idea' | 'comment') =>
  Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`The ${what} id must be a UUID`) }));

const DECISION =
  'approve (pending → approved), hide (with a reason), restore (hidden → approved) or dismiss the reports';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  // The service checks organisation.moderate instead when the query names a council.
  @Access('moderation.queue', undefined, { enforcedIn: 'service' })
  @ApiOperation({
    summary:
      'Pending, reported and hidden ideas and comments of the challenges a council hosts (its moderators and admins)',
  })
  @ApiOkResponse({ description: 'A page of moderation items, oldest first, with their reports' })
  @ApiForbiddenResponse({ description: 'You are not a moderator or admin of that council' })
  @ApiReturns(200, 'ModerationItemPage')
  queue(@CurrentUser() user: AuthUser, @Query() query: ModerationQueueQueryDto): Promise<Page<ModerationItem>> {
    return this.moderation.queue(user, query);
  }

  @Post('ideas/:id/decision')
  @Access('idea.moderate', 'id')
  @HttpCode(200)
  @ApiOperation({ summary: `Decide on an idea: ${DECISION}` })
  @ApiOkResponse({ description: 'The idea as a moderation item, after the decision' })
  @ApiBadRequestResponse({ description: 'An unknown action, or hide without a reason' })
  @ApiForbiddenResponse({ description: 'You do not moderate this challenge' })
  @ApiNotFoundResponse({ description: 'No such idea, or one you cannot see' })
  @ApiConflictResponse({ description: 'The action does not apply to the current status, or nothing to dismiss' })
  @ApiReturns(200, 'ModerationItem')
  decideIdea(
    @CurrentUser() user: AuthUser,
    @TargetId('idea') id: string,
    @Body() dto: ModerationDecisionDto,
  ): Promise<ModerationItem> {
    return this.moderation.decideIdea(user, id, dto);
  }

  @Post('comments/:id/decision')
  @Access('comment.moderate', 'id')
  @HttpCode(200)
  @ApiOperation({ summary: `Decide on a comment: ${DECISION}` })
  @ApiOkResponse({ description: 'The comment as a moderation item, after the decision' })
  @ApiBadRequestResponse({ description: 'An unknown action, or hide without a reason' })
  @ApiForbiddenResponse({ description: 'You do not moderate this challenge' })
  @ApiNotFoundResponse({ description: 'No such comment, or one you cannot see' })
  @ApiConflictResponse({ description: 'The action does not apply to the current status, or nothing to dismiss' })
  @ApiReturns(200, 'ModerationItem')
  decideComment(
    @CurrentUser() user: AuthUser,
    @TargetId('comment') id: string,
    @Body() dto: ModerationDecisionDto,
  ): Promise<ModerationItem> {
    return this.moderation.decideComment(user, id, dto);
  }
}
