import { SessionEntity } from '../accounts/session.entity';
import { UserTokenEntity } from '../accounts/user-token.entity';
import { UserEntity } from '../accounts/user.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { ChallengeHostEntity } from '../challenges/challenge-host.entity';
import { ChallengePrizeEntity } from '../challenges/challenge-prize.entity';
import { ChallengeRulesVersionEntity } from '../challenges/challenge-rules-version.entity';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { IDEA_ENTITIES } from '../ideas/idea.entity';
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
  ChallengeEntity,
  ChallengeHostEntity,
  ChallengePrizeEntity,
  ChallengeRulesVersionEntity,
  ...IDEA_ENTITIES,
];
