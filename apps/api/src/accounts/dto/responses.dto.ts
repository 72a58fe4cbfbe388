import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AcceptedResponse,
  DataExport,
  Locale,
  LoginResponse,
  JudgingRole,
  Me,
  Membership,
  OrganisationRole,
} from '@challenge/contract';

/** Classes describing the contract types for the OpenAPI document only; services return the plain types. */
export class AcceptedResponseDto implements AcceptedResponse {
  @ApiProperty({ example: 'Check your email for a link to verify your address' })
  message!: string;
}

export class MembershipDto implements Membership {
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @ApiProperty()
  organisationName!: string;
  @ApiProperty({ enum: ['admin', 'moderator'] })
  role!: OrganisationRole;
}

export class JudgingRoleDto implements JudgingRole {
  @ApiProperty({ format: 'uuid' })
  challengeId!: string;
  @ApiProperty()
  challengeTitle!: string;
}

export class MeDto implements Me {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  email!: string;
  @ApiProperty()
  displayName!: string;
  @ApiProperty()
  emailVerified!: boolean;
  @ApiProperty()
  isPlatformAdmin!: boolean;
  @ApiProperty({ enum: ['en', 'cy'] })
  locale!: Locale;
  @ApiProperty({ type: [MembershipDto] })
  memberships!: MembershipDto[];
  @ApiProperty({ type: [JudgingRoleDto], description: 'Challenges this person judges' })
  judging!: JudgingRoleDto[];
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;
  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
  @ApiProperty({ type: MeDto })
  user!: MeDto;
}

class ExportedSessionDto {
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  revokedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  userAgent!: string | null;
}

class ExportedAuditEntryDto {
  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;
  @ApiProperty()
  action!: string;
  @ApiProperty()
  targetType!: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  targetId!: string | null;
}

class ExportedEmailDto {
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty()
  subject!: string;
  @ApiProperty()
  template!: string;
}

class ExportedVoteDto {
  @ApiProperty({ format: 'uuid' })
  challengeId!: string;
  @ApiProperty({ format: 'uuid' })
  ideaId!: string;
  @ApiProperty()
  ideaTitle!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ description: 'Set aside by the council as suspicious' })
  invalidated!: boolean;
}

class ExportedPairwiseAnswerDto {
  @ApiProperty({ format: 'uuid' })
  challengeId!: string;
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2 })
  ideaIds!: [string, string];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "null: can't decide" })
  winnerIdeaId!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class DataExportDto implements DataExport {
  @ApiProperty({ format: 'date-time' })
  exportedAt!: string;
  @ApiProperty({ type: MeDto })
  account!: MeDto;
  @ApiProperty({ type: [ExportedSessionDto] })
  sessions!: ExportedSessionDto[];
  @ApiProperty({ type: [ExportedAuditEntryDto] })
  auditTrail!: ExportedAuditEntryDto[];
  @ApiProperty({ type: [ExportedEmailDto] })
  emails!: ExportedEmailDto[];
  @ApiProperty({ type: [ExportedVoteDto] })
  votes!: ExportedVoteDto[];
  @ApiProperty({ type: [ExportedPairwiseAnswerDto] })
  pairwiseAnswers!: ExportedPairwiseAnswerDto[];
}
