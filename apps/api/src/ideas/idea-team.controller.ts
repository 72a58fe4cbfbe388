import { Access, SignedIn } from '../common/access/access.decorator';
import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { IdeaDetail, IdeaInvitation } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { AcceptInvitationDto, InviteTeamMemberDto } from './dto/team.dto';
import { IdeaTeamService } from './idea-team.service';
import { UuidParam } from '../common/http/params';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('ideas')
@ApiBearerAuth()
@Controller()
export class IdeaTeamController {
  constructor(private readonly team: IdeaTeamService) {}

  @Post('ideas/:id/invitations')
  @Access('idea.invitation.create', 'id')
  @ApiOperation({ summary: 'Invite someone by email to join the idea’s team as a co-author (author only)' })
  @ApiCreatedResponse({ description: 'The invitation; an email with a 14-day link was sent' })
  @ApiForbiddenResponse({ description: 'Only the author can invite' })
  @ApiConflictResponse({ description: 'Already on the team or already invited (code)' })
  @ApiReturns(201, 'IdeaInvitation')
  @ApiTooManyRequestsResponse({ description: 'At most ten invitations per idea per day' })
  invite(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'idea') id: string,
    @Body() dto: InviteTeamMemberDto,
  ): Promise<IdeaInvitation> {
    return this.team.invite(user, id, dto.email);
  }

  @Delete('ideas/:id/invitations/:invitationId')
  @Access('idea.invitation.delete', 'id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an open invitation (author only)' })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  revoke(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'idea') id: string,
    @UuidParam('invitationId', 'invitation') invitationId: string,
  ): Promise<void> {
    return this.team.revoke(user, id, invitationId);
  }

  @Post('invitations/accept')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a team invitation, signed in with the invited email address' })
  @ApiOkResponse({ description: 'The idea, now with you on its team' })
  @ApiBadRequestResponse({ description: 'The link is not valid, expired or withdrawn' })
  @ApiForbiddenResponse({ description: 'Signed in with an account for another email address' })
  @ApiReturns(200, 'IdeaDetail')
  @ApiConflictResponse({ description: 'The idea was withdrawn, or the team is full' })
  accept(@CurrentUser() user: AuthUser, @Body() dto: AcceptInvitationDto): Promise<IdeaDetail> {
    return this.team.accept(user, dto.token);
  }
}
