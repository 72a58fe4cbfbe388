import { Access, SignedIn } from '../common/access/access.decorator';
import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AcceptJudgeInvitationResponse, JudgeInvitation, Panel } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { AcceptJudgeInvitationDto, InviteJudgeDto } from './dto/judges.dto';
import { JudgesService } from './judges.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('judging')
@ApiBearerAuth()
@Controller()
export class JudgesController {
  constructor(private readonly judges: JudgesService) {}

  @Get('challenges/:id/judges')
  @Access('challenge.manage', 'id')
  @ApiOperation({ summary: 'The judging panel: judges and invitations (admins)' })
  @ApiOkResponse({ description: 'Judges, and every invitation newest first' })
  @ApiForbiddenResponse({ description: 'Only admins of the hosting councils' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiReturns(200, 'Panel')
  panel(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<Panel> {
    return this.judges.panelOf(user, id);
  }

  @Post('challenges/:id/judges')
  @Access('challenge.manage', 'id')
  @ApiOperation({
    summary:
      'Invite a judge by email (admins; audited). Inviting a pending address again sends a new link and voids the old one',
  })
  @ApiCreatedResponse({ description: 'The invitation; an email with a 14-day link was sent' })
  @ApiBadRequestResponse({ description: 'Not an email address' })
  @ApiForbiddenResponse({ description: 'Only admins of the hosting councils' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiConflictResponse({ description: 'Already a judge (already_judge), or results published (judging_over)' })
  @ApiReturns(201, 'JudgeInvitation')
  invite(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: InviteJudgeDto,
  ): Promise<JudgeInvitation> {
    return this.judges.invite(user, id, dto.email);
  }

  @Delete('challenges/:id/judges/invitations/:invitationId')
  @Access('challenge.manage', 'id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a pending judge invitation (admins; audited)' })
  @ApiNoContentResponse({ description: 'Withdrawn (or already withdrawn)' })
  @ApiNotFoundResponse({ description: 'No such invitation on this challenge' })
  @ApiConflictResponse({ description: 'Already accepted (invitation_accepted)' })
  revoke(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @UuidParam('invitationId', 'invitation') invitationId: string,
  ): Promise<void> {
    return this.judges.revokeInvitation(user, id, invitationId);
  }

  @Delete('challenges/:id/judges/:userId')
  @Access('challenge.manage', 'id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a judge from the panel with their unsubmitted assignments (admins; audited)',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No such judge on this panel' })
  @ApiConflictResponse({ description: 'The judge has submitted scores (judge_has_submitted_scores)' })
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @UuidParam('userId', 'user') userId: string,
  ): Promise<void> {
    return this.judges.removeJudge(user, id, userId);
  }

  @Post('judging/invitations/accept')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation to judge, signed in (verified) with the invited email address; audited',
  })
  @ApiOkResponse({ description: 'You are now a judge of that challenge (only)' })
  @ApiBadRequestResponse({ description: 'Not a token' })
  @ApiForbiddenResponse({
    description: 'Unverified email (email_unverified) or another account (invitation_wrong_account)',
  })
  @ApiNotFoundResponse({ description: 'No invitation with this token (invitation_not_found)' })
  @ApiGoneResponse({ description: 'invitation_used, invitation_revoked or invitation_expired (code)' })
  @ApiReturns(200, 'AcceptJudgeInvitationResponse')
  accept(@CurrentUser() user: AuthUser, @Body() dto: AcceptJudgeInvitationDto): Promise<AcceptJudgeInvitationResponse> {
    return this.judges.accept(user, dto.token);
  }
}
