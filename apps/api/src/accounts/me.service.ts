import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { DataExport, Me, UpdateMeRequest } from '@challenge/contract';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { toDataExport, toMe } from './account.mapper';
import { AccountsRepository } from './accounts.repository';

/** The signed-in person's own account: profile, data export, erasure. */
@Injectable()
export class MeService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
  ) {}

  get(userId: string): Promise<Me> {
    return this.load(this.accounts.manager, userId);
  }

  async update(userId: string, changes: UpdateMeRequest): Promise<Me> {
    if (changes.displayName !== undefined || changes.locale !== undefined) {
      await this.accounts.updateProfile(this.accounts.manager, userId, changes);
    }
    return this.get(userId);
  }

  /** Everything held about the caller (a GDPR subject access export), without any secret. */
  async export(userId: string): Promise<DataExport> {
    const m = this.accounts.manager;
    const account = await this.load(m, userId);
    const [sessions, audit, emails] = [
      await this.accounts.sessionsOf(m, userId),
      await this.accounts.auditByActor(m, userId),
      await this.accounts.emailsTo(m, account.email),
    ];
    const ballots = {
      votes: await this.accounts.votesOf(m, userId),
      pairwise: await this.accounts.pairwiseAnswersOf(m, userId),
    };
    return toDataExport(account, sessions, audit, emails, ballots);
  }

  /**
   * Erases the account in one transaction: personal data, sessions, tokens, memberships and
   * emails to the address go; the row stays, named 'Deleted user', so authored content and
   * counted votes stay but can no longer be linked to the person.
   */
  async erase(userId: string): Promise<void> {
    await this.accounts.transaction(async (m) => {
      const soleAdminOf = await this.accounts.soleAdminOf(m, userId);
      if (soleAdminOf.length > 0) {
        throw new ConflictException({
          message: `You are the only admin of ${soleAdminOf.join(', ')}; make someone else an admin there before deleting your account`,
          code: 'sole_admin',
        });
      }
      const email = await this.accounts.erase(m, userId);
      if (email === null) throw new UnauthorizedException('Sign in to do this');
      await this.audit.record(
        { actorUserId: userId, action: 'account.erased', targetType: 'user', targetId: userId },
        m,
      );
    });
  }

  private async load(m: EntityManager, userId: string): Promise<Me> {
    const user = await this.accounts.findLiveById(m, userId);
    if (!user) throw new UnauthorizedException('Sign in to do this');
    return toMe(user, await this.accounts.memberships(m, userId), await this.accounts.judging(m, userId));
  }
}
