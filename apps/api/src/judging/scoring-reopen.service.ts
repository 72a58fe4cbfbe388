import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { JudgingProgress } from '@challenge/contract';
import { AuditService } from '../audit/audit.service';
import { timelineOf } from '../challenges/challenge-timeline';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { ProgressService } from './progress.service';
import { assignmentReopenedMail } from './scoring-emails';
import { NO_ASSIGNMENT } from './scoring.service';
import { ScoringRepository } from './scoring.repository';
import { judgingClosedReason, JUDGING_CLOSED_MESSAGES } from './scoring-rules';

/**
 * An admin of a hosting council reopens a judge's submitted scores, with a reason: the scores
 * stay, the lock is lifted, the audit log records the reason and the judge is emailed.
 */
@Injectable()
export class ScoringReopenService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly challenges: ChallengesService,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reopen(user: AuthUser, challengeId: string, assignmentId: string, reason: string): Promise<JudgingProgress> {
    const now = this.clock.now();
    const challenge = await this.challenges.requireManageable(user, challengeId, now);
    const closed = judgingClosedReason(timelineOf(challenge), now);
    if (closed) {
      throw new ConflictException({
        message: `${JUDGING_CLOSED_MESSAGES[closed]}: the judge could not change their scores, so there is nothing to reopen for`,
        code: 'judging_closed',
      });
    }
    await this.repo.transaction(async (m) => {
      const assignment = await this.repo.adminAssignment(challengeId, assignmentId, m);
      if (!assignment) throw new NotFoundException(NO_ASSIGNMENT);
      if (!assignment.submitted_at) {
        throw new ConflictException({
          message: 'This assignment is not submitted, so it is already open to the judge',
          code: 'assignment_not_submitted',
        });
      }
      await this.repo.reopen(assignment.id, reason, now, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge.organisationId,
          action: 'judging.assignment_reopened',
          targetType: 'judge_assignment',
          targetId: assignment.id,
          details: {
            reason,
            challengeId,
            ideaId: assignment.idea_id,
            judgeId: assignment.judge_id,
            submittedAt: assignment.submitted_at.toISOString(),
          },
        },
        m,
      );
      await this.mail.enqueue(
        assignmentReopenedMail(
          { email: assignment.judge_email, name: assignment.judge_name, locale: assignment.judge_locale },
          { id: assignment.id, ideaTitle: assignment.idea_title, challengeTitle: assignment.challenge_title },
          reason,
          this.env.appUrl,
        ),
        m,
      );
    });
    return this.progress.of(challengeId);
  }
}
