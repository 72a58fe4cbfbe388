import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req, Res } from '@nestjs/common';
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
import type { IdeaDetail, IdeaSummary, Page, SimilarIdea } from '@challenge/contract';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { EnvDto } from '../config/env';
import { CreateIdeaDto } from './dto/create-idea.dto';
import { ListIdeasQueryDto, SimilarIdeasQueryDto } from './dto/list-ideas.query';
import { UpdateIdeaDto } from './dto/update-idea.dto';
import { IdeasService } from './ideas.service';
import { UuidParam } from '../common/http/params';
import { visitorId } from './visitor-cookie';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('ideas')
@ApiBearerAuth()
@Controller()
export class IdeasController {
  constructor(
    private readonly ideas: IdeasService,
    private readonly env: EnvDto,
  ) {}

  @Post('challenges/:id/ideas')
  @Access('challenge.participate', 'id')
  @ApiOperation({ summary: 'Start a draft idea, or submit it at once with submit: true (rules acknowledged)' })
  @ApiCreatedResponse({ description: 'The idea' })
  @ApiBadRequestResponse({ description: 'Invalid fields, an unknown category, or the rules not acknowledged' })
  @ApiForbiddenResponse({ description: 'The challenge needs a verified email address' })
  @ApiConflictResponse({ description: 'Submissions are closed, or the acknowledged rules version is stale (code)' })
  @ApiReturns(201, 'IdeaDetail')
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') challengeId: string,
    @Body() dto: CreateIdeaDto,
  ): Promise<IdeaDetail> {
    return this.ideas.create(user, challengeId, dto);
  }

  @Get('challenges/:id/ideas')
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({
    summary: 'Publicly listed ideas: search, category filter, sort (random is a stable per-visitor shuffle), paging',
  })
  @ApiOkResponse({ description: 'A page of idea summaries' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiReturns(200, 'IdeaSummaryPage')
  list(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') challengeId: string,
    @Query() query: ListIdeasQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Page<IdeaSummary>> {
    return this.ideas.list(user, challengeId, query, visitorId(req, res, this.env.isProduction));
  }

  @Get('challenges/:id/ideas/similar')
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'Up to five listed ideas similar to a title being typed ("support this idea instead")' })
  @ApiOkResponse({ description: 'Similar ideas, most similar first; [] for titles under 3 characters' })
  @ApiReturns(200, 'SimilarIdea[]')
  similar(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') challengeId: string,
    @Query() query: SimilarIdeasQueryDto,
  ): Promise<SimilarIdea[]> {
    return this.ideas.similar(user, challengeId, query.title);
  }

  @Get('ideas/:id')
  @Access('idea.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'An idea, if you may see it (drafts only to their team; pending and hidden to moderators)' })
  @ApiOkResponse({ description: 'The idea with its rendered description and what you may do' })
  @ApiNotFoundResponse({ description: 'No such idea, or one you may not see' })
  @ApiReturns(200, 'IdeaDetail')
  get(@OptionalUser() user: AuthUser | undefined, @UuidParam('id', 'idea') id: string): Promise<IdeaDetail> {
    return this.ideas.get(user, id);
  }

  @Patch('ideas/:id')
  @Access('idea.update', 'id')
  @ApiOperation({ summary: 'Edit an idea (author and co-authors) while it is editable; submit: true submits a draft' })
  @ApiOkResponse({ description: 'The idea' })
  @ApiForbiddenResponse({ description: 'Not on the idea’s team, or an unverified email when submitting' })
  @ApiConflictResponse({ description: 'Submissions closed, the idea withdrawn, or stale rules version (code)' })
  @ApiReturns(200, 'IdeaDetail')
  @ApiNotFoundResponse({ description: 'No such idea, or one you cannot see' })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'idea') id: string,
    @Body() dto: UpdateIdeaDto,
  ): Promise<IdeaDetail> {
    return this.ideas.update(user, id, dto);
  }

  @Post('ideas/:id/withdraw')
  @Access('idea.withdraw', 'id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a submitted idea (author only); it leaves public listings' })
  @ApiOkResponse({ description: 'The withdrawn idea' })
  @ApiForbiddenResponse({ description: 'Only the author can withdraw' })
  @ApiConflictResponse({ description: 'The idea is a draft or already withdrawn' })
  @ApiReturns(200, 'IdeaDetail')
  withdraw(@CurrentUser() user: AuthUser, @UuidParam('id', 'idea') id: string): Promise<IdeaDetail> {
    return this.ideas.withdraw(user, id);
  }
}
