import { SessionEntity } from '../accounts/session.entity';
import { UserTokenEntity } from '../accounts/user-token.entity';
import { UserEntity } from '../accounts/user.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { OutboxEmailEntity } from '../notifications/outbox-email.entity';
import { OrganisationMemberEntity } from '../organisations/organisation-member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** Every entity, listed explicitly so the bundled app and the CLI see the same set. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  UserTokenEntity,
  OrganisationEntity,
  OrganisationMemberEntity,
  AuditLogEntity,
  OutboxEmailEntity,
];
