import { Access } from '../common/access/access.decorator';
import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
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
import type { Comment, Report } from '@challenge/contract';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { CommentsService } from './comments.service';
import { CreateCommentDto } from './dto/create-comment.dto';
import { CreateReportDto } from './dto/create-report.dto';
import { ListCommentsQueryDto } from './dto/list-comments.query';
import { ApiReturns } from '../openapi/api-returns';

const IdeaId = () =>
  Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('The idea id must be a UUID') }));

@ApiTags('comments')
@ApiBearerAuth()
@Controller('ideas/:id')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('comments')
  @Access('idea.read', 'id', { anonymous: true })
  @ApiOperation({
    summary:
      'An idea’s comments, oldest first: approved ones, plus your own pending or hidden ones; everything for its moderators',
  })
  @ApiOkResponse({ description: 'The comments, oldest first, pageSize (default 100) at a time' })
  @ApiNotFoundResponse({ description: 'No such idea, or one you cannot see' })
  @ApiReturns(200, 'Comment[]')
  list(
    @OptionalUser() user: AuthUser | undefined,
    @IdeaId() id: string,
    @Query() query: ListCommentsQueryDto,
  ): Promise<Comment[]> {
    return this.comments.list(user, id, query);
  }

  @Post('comments')
  @Access('idea.read', 'id')
  @ApiOperation({
    summary: 'Comment on a submitted idea (verified accounts); pending until approved when the challenge pre-moderates',
  })
  @ApiCreatedResponse({ description: 'The comment, approved or pending' })
  @ApiBadRequestResponse({ description: 'An empty or too long body' })
  @ApiForbiddenResponse({ description: 'Your email address is not verified' })
  @ApiNotFoundResponse({ description: 'No such idea, or one you cannot see' })
  @ApiConflictResponse({ description: 'The idea is a draft, withdrawn or hidden by a moderator (idea_hidden)' })
  @ApiReturns(201, 'Comment')
  create(@CurrentUser() user: AuthUser, @IdeaId() id: string, @Body() dto: CreateCommentDto): Promise<Comment> {
    return this.comments.create(user, id, dto);
  }

  @Post('reports')
  @Access('idea.read', 'id')
  @ApiOperation({ summary: 'Report an idea, or one of its comments (commentId), to the challenge’s moderators' })
  @ApiCreatedResponse({ description: 'The new report' })
  @ApiOkResponse({ description: 'You already have an open report on it: that one' })
  @ApiNotFoundResponse({ description: 'No such idea or comment, or one you cannot see' })
  @ApiConflictResponse({
    description: 'The idea or comment is hidden by a moderator already (idea_hidden, comment_hidden)',
  })
  @ApiReturns([200, 201], 'Report')
  async report(
    @CurrentUser() user: AuthUser,
    @IdeaId() id: string,
    @Body() dto: CreateReportDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Report> {
    const { report, created } = await this.comments.report(user, id, dto);
    res.status(created ? 201 : 200);
    return report;
  }
}
