import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { EnvDto } from '../config/env';
import { AccountsRepository } from './accounts.repository';
import { hashPassword } from './passwords';

/**
 * Makes sure the platform admin named by ADMIN_EMAIL / ADMIN_PASSWORD exists at start-up.
 * Creates it (verified) when absent. An existing VERIFIED account (its owner controls the mailbox)
 * is promoted and keeps its password. An existing UNVERIFIED account could have been registered by
 * anyone who knew the address, so it is taken over: its password becomes ADMIN_PASSWORD, its
 * sessions end, and only then is it promoted.
 * Safe when several replicas start at once: the insert is `ON CONFLICT DO NOTHING` on the live-email
 * unique index, and the promotion is a conditional update, so only one replica records each change.
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrapService.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    private readonly env: EnvDto,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.env;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const email = ADMIN_EMAIL.trim().toLowerCase();
    const passwordHash = await hashPassword(ADMIN_PASSWORD);
    await this.accounts.transaction(async (m) => {
      const createdId = await this.accounts.insertUserIfAbsent(m, {
        email,
        displayName: 'Platform admin',
        passwordHash,
        locale: 'en',
        verified: true,
        platformAdmin: true,
      });
      if (createdId) {
        await this.audit.record(
          {
            actorUserId: null,
            action: 'platform_admin.bootstrapped',
            targetType: 'user',
            targetId: createdId,
            details: { created: true },
          },
          m,
        );
        this.logger.log('Created the platform admin account from ADMIN_EMAIL');
        return;
      }
      const user = await this.accounts.findLiveByEmail(m, email);
      if (user && user.email_verified_at === null) {
        await this.accounts.resetCredentials(m, user.id, passwordHash);
        await this.accounts.revokeAllSessions(m, user.id);
      }
      if (user && (await this.accounts.grantPlatformAdmin(m, user.id))) {
        await this.audit.record(
          {
            actorUserId: null,
            action: 'platform_admin.bootstrapped',
            targetType: 'user',
            targetId: user.id,
            details: { created: false, wasVerified: user.email_verified_at !== null },
          },
          m,
        );
        this.logger.log('Made the ADMIN_EMAIL account a platform admin');
      }
    });
  }
}
