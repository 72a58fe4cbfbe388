import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Conflict } from '@challenge/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { ConflictsRepository } from './conflicts.repository';
import { DeclareConflictDto } from './dto/conflict.dto';
import { PanelRepository } from './panel.repository';

type Declarer = { challenge: ChallengeEntity; judgeId: string; byAdmin: boolean };

/**
 * Conflicts of interest: a judge declares their own, an admin records one for a judge. Either way
 * the judge is never assigned, shown or allowed to score the idea; an existing assignment goes
 * (the database removes it with its scores). A judge cannot remove scores they have submitted
 * that way (they are locked): only an admin can, and the audit keeps what was removed.
 */
@Injectable()
export class ConflictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ConflictsRepository,
    private readonly panel: PanelRepository,
    private readonly access: AccessService,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
  ) {}

  /** Admins see every conflict of the challenge; a judge sees their own. */
  async list(user: AuthUser, challengeId: string): Promise<Conflict[]> {
    const { role } = await this.panelRole(user, challengeId);
    return this.repo.list(challengeId, role === 'admin' ? undefined : user.id);
  }

  /** Idempotent on (judge, idea): `created` is false (200) when it was already recorded. */
  async declare(
    user: AuthUser,
    challengeId: string,
    dto: DeclareConflictDto,
  ): Promise<{ created: boolean; conflict: Conflict }> {
    const { challenge, judgeId, byAdmin } = await this.declarer(user, challengeId, dto.judgeId);
    if (challenge.resultsPublishedAt !== null) {
      throw new ConflictException({
        message: 'The results of this challenge are published; conflicts can no longer change the judging',
        code: 'judging_over',
      });
    }
    const idea = await this.repo.idea(dto.ideaId);
    if (!idea || idea.challenge_id !== challengeId || idea.status === 'draft') {
      throw new BadRequestException({
        message: 'ideaId must be an idea of this challenge',
        code: 'idea_not_in_challenge',
      });
    }
    const created = await this.dataSource.transaction(async (m) => {
      const assignment = await this.repo.assignment(judgeId, dto.ideaId, m);
      if (assignment?.submitted && !byAdmin) {
        throw new ConflictException({
          message:
            'You have submitted your scores for this idea, and declaring a conflict would delete them: ask the challenge’s admins to record the conflict',
          code: 'assignment_submitted',
        });
      }
      const inserted = await this.repo.insert(
        { challengeId, judgeId, ideaId: dto.ideaId, reason: dto.reason, recordedBy: user.id },
        m,
      );
      if (!inserted) return false;
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge.organisationId,
          action: byAdmin ? 'conflict.recorded' : 'conflict.declared',
          targetType: 'idea',
          targetId: dto.ideaId,
          details: { challengeId, judgeId, reason: dto.reason, removedAssignment: assignment },
        },
        m,
      );
      return true;
    });
    const conflict = await this.repo.find(judgeId, dto.ideaId);
    if (!conflict) throw new NotFoundException('No conflict for that judge and idea');
    return { created, conflict };
  }

  /**
   * Without `judgeId` (or with their own id) a judge declares for themselves; with it, an admin
   * records for a judge of this panel. Anyone else is refused as a stranger to the challenge.
   */
  private async declarer(user: AuthUser, challengeId: string, judgeId: string | undefined): Promise<Declarer> {
    if (judgeId === undefined || judgeId === user.id) {
      const { challenge, role } = await this.panelRole(user, challengeId);
      if (role === 'judge' || (await this.panel.isJudge(challengeId, user.id))) {
        return { challenge, judgeId: user.id, byAdmin: false };
      }
      throw new BadRequestException({
        message: 'judgeId is required: an admin records a conflict for one of the challenge’s judges',
        code: 'judge_required',
      });
    }
    const challenge = await this.challenges.requireManageable(user, challengeId);
    if (!(await this.panel.isJudge(challengeId, judgeId))) {
      throw new BadRequestException({
        message: 'judgeId must be a judge of this challenge',
        code: 'judge_not_on_panel',
      });
    }
    return { challenge, judgeId, byAdmin: true };
  }

  /** judging.panel: an admin of a hosting council or a judge of this challenge, and which (admin wins when both). */
  private async panelRole(
    user: AuthUser,
    challengeId: string,
  ): Promise<{ challenge: ChallengeEntity; role: 'admin' | 'judge' }> {
    await this.access.requireAccess(user, 'judging.panel', [challengeId]);
    const challenge = await this.panel.findChallenge(challengeId);
    if (!challenge) throw new NotFoundException('No challenge with that id');
    return { challenge, role: (await this.access.isHostAdmin(user.id, challengeId)) ? 'admin' : 'judge' };
  }
}
