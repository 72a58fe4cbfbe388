import { ApiProperty } from '@nestjs/swagger';
import type { AcceptJudgeInvitationRequest, InviteJudgeRequest } from '@challenge/contract';
import { Transform } from 'class-transformer';
import { IsDefined, IsString, Matches } from 'class-validator';
import { MaxChars } from '../../common/http/max-chars';
import { trimText } from '../../comments/dto/create-comment.dto';
import { IsEmailAddress } from '../../common/validation/validators';

export class InviteJudgeDto implements InviteJudgeRequest {
  @ApiProperty({ format: 'email', description: 'The invitee’s email; they accept signed in with this address' })
  @Transform(trimText)
  @IsDefined({ message: 'email is required' })
  @IsString({ message: 'email must be text' })
  @MaxChars(254, { message: 'email must be at most 254 characters' })
  @IsEmailAddress('email must be an email address')
  email!: string;
}

export class AcceptJudgeInvitationDto implements AcceptJudgeInvitationRequest {
  @ApiProperty({ description: 'The token from the invitation email' })
  @IsDefined({ message: 'token is required' })
  @IsString({ message: 'token must be text' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token must be the token from the invitation email' })
  token!: string;
}
