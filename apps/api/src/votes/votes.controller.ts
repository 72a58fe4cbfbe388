import { Access } from '../common/access/access.decorator';
import { Controller, Delete, Get, HttpCode, Ip, Put, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { MyVotes, VoteReceipt } from '@challenge/contract';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { VotesService } from './votes.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('votes')
@ApiBearerAuth()
@Controller()
export class VotesController {
  constructor(private readonly votes: VotesService) {}

  @Put('ideas/:id/vote')
  @Access('idea.vote', 'id', { enforcedIn: 'service' })
  @ApiOperation({ summary: 'Vote for an idea (verified email, while voting is open); voting twice is not an error' })
  @ApiCreatedResponse({ description: 'A new vote, with the allowance left' })
  @ApiOkResponse({ description: 'You had already voted for this idea; nothing changed' })
  @ApiForbiddenResponse({ description: 'Unverified email (email_unverified), or your own idea (own_idea)' })
  @ApiNotFoundResponse({ description: 'No such idea, or one you may not see' })
  @ApiConflictResponse({ description: 'voting_closed, allowance_exhausted or idea_not_listed (code)' })
  @ApiServiceUnavailableResponse({ description: 'The server has no VOTER_KEY_SECRET yet (voting_unavailable)' })
  @ApiReturns([200, 201], 'VoteReceipt')
  async vote(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'idea') id: string,
    @Ip() ip: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VoteReceipt> {
    const { created, receipt } = await this.votes.vote(user, id, ip);
    res.status(created ? 201 : 200);
    return receipt;
  }

  @Delete('ideas/:id/vote')
  @Access('idea.vote', 'id', { enforcedIn: 'service' })
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw your vote while voting is open (no vote is not an error)' })
  @ApiNoContentResponse({ description: 'No vote of yours on this idea any more' })
  @ApiForbiddenResponse({ description: 'Unverified email (email_unverified)' })
  @ApiNotFoundResponse({ description: 'No such idea, or one you may not see' })
  @ApiConflictResponse({
    description: 'Voting is not open (voting_closed), or the council invalidated this vote (vote_invalidated)',
  })
  withdraw(@CurrentUser() user: AuthUser, @UuidParam('id', 'idea') id: string): Promise<void> {
    return this.votes.withdraw(user, id);
  }

  @Get('challenges/:id/my-votes')
  @Access('challenge.participate', 'id')
  @ApiOperation({ summary: 'Your own votes in a challenge and the allowance left (nobody else can see them)' })
  @ApiOkResponse({ description: 'Allowance, used, remaining and your votes' })
  @ApiForbiddenResponse({ description: 'Unverified email (email_unverified)' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiReturns(200, 'MyVotes')
  mine(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<MyVotes> {
    return this.votes.mine(user, id);
  }
}
