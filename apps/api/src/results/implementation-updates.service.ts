import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ImplementationUpdate } from '@challenge/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { ImplementationUpdateDto } from './dto/implementation-update.dto';
import { toImplementationUpdate } from './implementation-update.mapper';
import { ImplementationUpdatesRepository } from './implementation-updates.repository';

const NO_IDEA = 'No idea with that id in this challenge';

/**
 * Implementation updates: after the results are published, the hosting councils' admins report
 * progress (status, text, spend) on the winning ideas; anyone can read them; the people who follow
 * an idea get them in a digest email (update-digest.service.ts).
 */
@Injectable()
export class ImplementationUpdatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ImplementationUpdatesRepository,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async post(
    user: AuthUser,
    challengeId: string,
    ideaId: string,
    dto: ImplementationUpdateDto,
  ): Promise<ImplementationUpdate> {
    const now = this.clock.now();
    const challenge = await this.challenges.requireManageable(user, challengeId, now);
    const idea = await this.repo.findIdea(challengeId, ideaId);
    if (!idea) throw new NotFoundException(NO_IDEA);
    if (challenge.resultsPublishedAt === null) {
      throw new ConflictException({
        message: 'Implementation updates can be posted only after the results are published',
        code: 'results_not_published',
      });
    }
    const id = await this.dataSource.transaction(async (m) => {
      if (!(await this.repo.isAwarded(challengeId, ideaId, m))) {
        throw new ConflictException({
          message: `“${idea.title}” won no prize: implementation updates are for winning ideas`,
          code: 'not_a_winner',
        });
      }
      const bodyCy = dto.bodyCy ? dto.bodyCy : null;
      const newId = await this.repo.insert(
        {
          challengeId,
          ideaId,
          authorId: user.id,
          status: dto.status,
          body: dto.body,
          bodyCy,
          spendPence: dto.spendPence ?? null,
          createdAt: now,
        },
        m,
      );
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge.organisationId,
          action: 'implementation_update.posted',
          targetType: 'idea',
          targetId: ideaId,
          details: { challengeId, updateId: newId, status: dto.status, spendPence: dto.spendPence ?? null },
        },
        m,
      );
      return newId;
    });
    const row = await this.repo.findById(id);
    if (!row) throw new NotFoundException('The update was not found after saving it');
    return toImplementationUpdate(row);
  }

  /** A challenge's updates (one idea's with `ideaId`), newest first; public once it is visible. */
  async list(user: AuthUser | undefined, challengeId: string, ideaId?: string): Promise<ImplementationUpdate[]> {
    const { canManage } = await this.challenges.requireVisible(user, challengeId);
    if (ideaId !== undefined) {
      const idea = await this.repo.findIdea(challengeId, ideaId);
      if (!idea || (!idea.listed && !canManage)) throw new NotFoundException(NO_IDEA);
    }
    const rows = await this.repo.list(challengeId, { ideaId, listedOnly: !canManage });
    return rows.map(toImplementationUpdate);
  }
}
