import { Injectable } from '@nestjs/common';
import type { ChallengeListState, OrganisationRef } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeHostEntity } from './challenge-host.entity';
import { ChallengePrizeEntity } from './challenge-prize.entity';
import { PrizeValues } from './challenge-rules';
import { ChallengeRulesVersionEntity } from './challenge-rules-version.entity';
import { ChallengeEntity } from './challenge.entity';

export type ListFilter = {
  state?: ChallengeListState;
  adminUserId?: string;
  now: Date;
  page: number;
  pageSize: number;
};

/** Every query on the challenge tables. Pass the transaction's manager inside a transaction. */
@Injectable()
export class ChallengesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<ChallengeEntity | null> {
    return this.m(manager).findOneBy(ChallengeEntity, { id });
  }

  async slugTaken(slug: string, manager?: EntityManager): Promise<boolean> {
    return (await this.m(manager).countBy(ChallengeEntity, { slug })) > 0;
  }

  async existingOrganisationIds(ids: string[], manager?: EntityManager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.m(manager).query(
      `SELECT id FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async organisationRefs(ids: string[], manager?: EntityManager): Promise<Map<string, OrganisationRef>> {
    if (ids.length === 0) return new Map();
    const rows: OrganisationRef[] = await this.m(manager).query(
      `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Hosting councils, the lead first. */
  async hosts(challenge: ChallengeEntity, manager?: EntityManager): Promise<OrganisationRef[]> {
    return this.m(manager).query(
      `SELECT o.id, o.name FROM challenge_hosts h JOIN organisations o ON o.id = h.organisation_id
        WHERE h.challenge_id = $1 ORDER BY (o.id = $2) DESC, o.name`,
      [challenge.id, challenge.organisationId],
    );
  }

  prizes(challengeId: string, manager?: EntityManager): Promise<ChallengePrizeEntity[]> {
    return this.m(manager).find(ChallengePrizeEntity, { where: { challengeId }, order: { position: 'ASC' } });
  }

  latestRules(challengeId: string, manager?: EntityManager): Promise<ChallengeRulesVersionEntity | null> {
    return this.m(manager).findOne(ChallengeRulesVersionEntity, { where: { challengeId }, order: { version: 'DESC' } });
  }

  async insert(values: Partial<ChallengeEntity>, hostIds: string[], manager: EntityManager): Promise<string> {
    const result = await manager.insert(ChallengeEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    await manager.insert(
      ChallengeHostEntity,
      hostIds.map((organisationId) => ({ challengeId: id, organisationId })),
    );
    return id;
  }

  async update(id: string, values: Partial<ChallengeEntity>, manager: EntityManager): Promise<void> {
    await manager.update(ChallengeEntity, { id }, values);
  }

  async replacePrizes(challengeId: string, prizes: PrizeValues[], manager: EntityManager): Promise<void> {
    await manager.delete(ChallengePrizeEntity, { challengeId });
    if (prizes.length === 0) return;
    await manager.insert(
      ChallengePrizeEntity,
      prizes.map((p, position) => ({ ...p, challengeId, position })),
    );
  }

  async addRulesVersion(
    challengeId: string,
    body: string,
    bodyCy: string | null,
    createdBy: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO challenge_rules_versions (challenge_id, version, body, body_cy, created_by)
       SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM challenge_rules_versions WHERE challenge_id = $1`,
      [challengeId, body, bodyCy, createdBy],
    );
  }

  /**
   * Published challenges by list state (open: submissions opened and not yet past; upcoming:
   * submissions not yet open; past: submissions and any vote closed), or, for `adminUserId`,
   * every challenge hosted by a council the user administers, drafts included.
   */
  async list(filter: ListFilter): Promise<{ rows: ChallengeEntity[]; total: number }> {
    const qb = this.dataSource.manager.createQueryBuilder(ChallengeEntity, 'c');
    const votingEnd = `(CASE WHEN c.voting_opens_at IS NULL THEN '-infinity'::timestamptz ELSE COALESCE(c.voting_closes_at, 'infinity'::timestamptz) END)`;
    const past = `(c.submissions_closes_at <= :now AND ${votingEnd} <= :now)`;
    if (filter.adminUserId) {
      qb.where(
        `c.id IN (SELECT h.challenge_id FROM challenge_hosts h JOIN organisation_members m
                   ON m.organisation_id = h.organisation_id AND m.role = 'admin' WHERE m.user_id = :userId)`,
        { userId: filter.adminUserId },
      );
    } else {
      qb.where('c.published_at <= :now');
    }
    if (filter.state === 'upcoming') {
      qb.andWhere('c.published_at <= :now AND c.submissions_opens_at > :now').orderBy('c.submissions_opens_at', 'ASC');
    } else if (filter.state === 'open') {
      qb.andWhere(`c.published_at <= :now AND c.submissions_opens_at <= :now AND NOT ${past}`).orderBy(
        'c.submissions_closes_at',
        'ASC',
      );
    } else if (filter.state === 'past') {
      qb.andWhere(`c.published_at <= :now AND ${past}`).orderBy('c.submissions_closes_at', 'DESC');
    } else {
      qb.orderBy('c.created_at', 'DESC');
    }
    qb.addOrderBy('c.id', 'ASC').setParameter('now', filter.now);
    const [rows, total] = await qb
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { rows, total };
  }
}
