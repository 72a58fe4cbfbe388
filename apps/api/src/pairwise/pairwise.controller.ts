import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { NextPair, PairAnswerResponse, PairwiseScores } from '@challenge/contract';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { PairAnswerDto } from './dto/pair-answer.dto';
import { PairwiseScoresService } from './pairwise-scores.service';
import { PairwiseService } from './pairwise.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('pairwise')
@ApiBearerAuth()
@Controller('challenges/:id')
export class PairwiseController {
  constructor(
    private readonly pairwise: PairwiseService,
    private readonly scores: PairwiseScoresService,
  ) {}

  @Get('pairs/next')
  @Access('challenge.participate', 'id')
  @ApiOperation({ summary: 'The next pair of ideas to compare (verified email, while voting is open)' })
  @ApiOkResponse({ description: 'Two ideas and a signed pairId, or pair: null when you have answered every pair' })
  @ApiForbiddenResponse({ description: 'Unverified email (email_unverified)' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiConflictResponse({ description: 'pairwise_disabled or voting_closed (code)' })
  @ApiServiceUnavailableResponse({ description: 'No VOTER_KEY_SECRET on this server (voting_unavailable)' })
  @ApiReturns(200, 'NextPair')
  next(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<NextPair> {
    return this.pairwise.next(user, id);
  }

  @Post('pairs')
  @Access('challenge.participate', 'id')
  @ApiOperation({ summary: 'Answer a served pair: the better idea, or skip: true; answering again changes nothing' })
  @ApiCreatedResponse({ description: 'Recorded (recorded: true)' })
  @ApiOkResponse({ description: 'You had already answered this pair; nothing changed (recorded: false)' })
  @ApiBadRequestResponse({ description: 'pair_invalid (forged, expired or not yours) or winner_not_in_pair (code)' })
  @ApiForbiddenResponse({ description: 'Unverified email (email_unverified), or your own idea (own_idea)' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiConflictResponse({ description: 'pairwise_disabled, voting_closed or idea_not_listed (code)' })
  @ApiReturns([200, 201], 'PairAnswerResponse')
  @ApiServiceUnavailableResponse({ description: 'The server has no VOTER_KEY_SECRET yet (voting_unavailable)' })
  async answer(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: PairAnswerDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PairAnswerResponse> {
    const response = await this.pairwise.answer(user, id, dto, req.ip);
    res.status(response.recorded ? 201 : 200);
    return response;
  }

  @Get('pairwise-scores')
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'Each listed idea’s chance of beating a random other idea (Bradley–Terry, 95% interval)' })
  @ApiOkResponse({ description: 'Scores, highest first, and the number of comparisons they rest on' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiConflictResponse({ description: 'pairwise_disabled, or voting has not opened yet (voting_closed)' })
  @ApiReturns(200, 'PairwiseScores')
  pairwiseScores(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') id: string,
  ): Promise<PairwiseScores> {
    return this.scores.publicScores(user, id);
  }
}
