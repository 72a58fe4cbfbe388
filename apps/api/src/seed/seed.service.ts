import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../accounts/passwords';
import { AuditService } from '../audit/audit.service';
import { EnvDto } from '../config/env';
import { FILE_STORAGE, FileStorage } from '../storage/file-storage';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import {
  addDemoMemberships,
  createDemoAccounts,
  createDemoOrganisations,
  DemoData,
  lockDemoSeed,
  installationIsEmpty,
} from './demo-seed';
import { createDemoChallenges } from './demo-content';
import { DemoResults } from './demo-results';

/**
 * Fills a brand-new installation with a demo council partnership when SEED_DEMO is on (the
 * default outside production). Replicas booting together serialise on an advisory lock held
 * for the transaction and re-check emptiness under it, so the demo is created once.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly env: EnvDto,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly results: DemoResults,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.seedDemo) return;
    if (!(await installationIsEmpty(this.dataSource.manager))) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const created = await this.dataSource.transaction((m) => this.seedDemoIfEmpty(m, passwordHash));
    if (created)
      this.logger.log(
        `Created the demo councils, challenges, ideas and ${DEMO_ACCOUNTS.length} demo accounts (password in the README)`,
      );
  }

  /** Creates the demo in `m`'s transaction when there is no council yet; null when it did nothing. */
  async seedDemoIfEmpty(m: EntityManager, passwordHash: string): Promise<DemoData | null> {
    await lockDemoSeed(m);
    if (!(await installationIsEmpty(m))) return null;
    const userIds = await createDemoAccounts(m, passwordHash);
    const platformAdminId = userIds.get(DEMO_ACCOUNTS.find((a) => a.platformAdmin)?.email ?? '') ?? '';
    const organisationIds = await createDemoOrganisations(m, platformAdminId);
    await addDemoMemberships(m, userIds, organisationIds);
    const content = await createDemoChallenges(
      m,
      this.storage,
      userIds,
      organisationIds,
      this.env.voterKeySecret,
      this.results,
    );
    await this.audit.record(
      {
        actorUserId: null,
        action: 'seed.demo_created',
        targetType: 'installation',
        details: { accounts: DEMO_ACCOUNTS.length, organisations: [...organisationIds.keys()], ...content },
      },
      m,
    );
    return { userIds, organisationIds, platformAdminId };
  }
}
