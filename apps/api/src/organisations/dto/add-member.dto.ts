import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import type { AddMemberRequest, OrganisationRole } from '@challenge/contract';
import { IsEmailAddress } from '../../common/validation/validators';

export const ORGANISATION_ROLES: readonly OrganisationRole[] = ['admin', 'moderator'];

export class AddMemberDto implements AddMemberRequest {
  @ApiProperty({ example: 'someone@council.example' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmailAddress('email must be an email address')
  email!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES })
  @IsIn(ORGANISATION_ROLES, { message: "role must be 'admin' or 'moderator'" })
  role!: OrganisationRole;
}
