import { ApiProperty } from '@nestjs/swagger';
import type { AcceptInvitationRequest, InviteTeamMemberRequest } from '@challenge/contract';
import { IsString, Matches } from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { IsEmailAddress } from '../../common/validation/validators';

export class InviteTeamMemberDto implements InviteTeamMemberRequest {
  @ApiProperty({ format: 'email' })
  @IsString({ message: 'email must be text' })
  @MaxChars(254, { message: 'email must be at most 254 characters' })
  @IsEmailAddress('email must be an email address')
  email!: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ description: 'The token from the invitation email' })
  @IsString({ message: 'token must be text' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token must be the token from the invitation email' })
  token!: string;
}
