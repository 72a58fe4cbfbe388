import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { ModerationItem, ModerationStatus, ModerationTargetType, Page } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ideaCommentedMail } from '../comments/comment-emails';
import { CommentsRepository } from '../comments/comments.repository';
import type { IdeaFacts } from '../comments/idea-facts';
import { ReportsRepository, ReportTarget } from '../comments/reports.repository';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { ModerationDecisionDto } from './dto/moderation-decision.dto';
import { ModerationQueueQueryDto } from './dto/moderation-queue.query';
import { commentHiddenMail, ideaApprovedMail, ideaHiddenMail } from './moderation-emails';
import { auditAction, transition, Transition } from './moderation-rules';
import { toModerationItem } from './moderation.mapper';
import { ModerationRepository } from './moderation.repository';

type Decided = { target: ReportTarget; from: ModerationStatus; transition: Transition; closedReportIds: string[] };

/** The councils' moderation queue and moderators' decisions on ideas and comments. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ModerationRepository,
    private readonly comments: CommentsRepository,
    private readonly reports: ReportsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
  ) {}

  /** One council's queue (its moderators and admins), or by default that of every council the caller moderates. */
  async queue(user: AuthUser, query: ModerationQueueQueryDto): Promise<Page<ModerationItem>> {
    let organisationIds: string[];
    if (query.organisationId) {
      await this.access.requireAccess(user, 'organisation.moderate', [query.organisationId]);
      organisationIds = [query.organisationId];
    } else {
      await this.access.requireAccess(user, 'moderation.queue', []);
      organisationIds = await this.repo.moderatedOrganisationIds(user.id);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.repo.queue({ organisationIds, status: query.status, page, pageSize });
    const reports = await this.reports.forTargets(
      rows.filter((r) => r.target_type === 'idea').map((r) => r.target_id),
      rows.filter((r) => r.target_type === 'comment').map((r) => r.target_id),
    );
    return { items: rows.map((r) => toModerationItem(r, reports)), total, page, pageSize };
  }

  async decideIdea(user: AuthUser, ideaId: string, dto: ModerationDecisionDto): Promise<ModerationItem> {
    const idea = await this.comments.ideaFacts(ideaId);
    if (!idea) throw new NotFoundException('No idea with that id');
    await this.access.requireAccess(user, 'idea.moderate', [ideaId]);
    this.refuseOwnContent(user, idea);
    const target = { ideaId, commentId: null };
    await this.dataSource.transaction(async (m) => {
      const current = await this.repo.lockIdeaStatus(ideaId, m);
      if (!current) throw new NotFoundException('No idea with that id');
      const decided = await this.apply(user, target, current, dto, m, async (next, reason) =>
        this.repo.setIdeaModeration(ideaId, next, reason, m),
      );
      await this.record(user, idea, 'idea', ideaId, dto, decided, m);
      if (idea.authorEmail && decided.transition.to === 'approved' && current === 'pending') {
        await this.mail.enqueue(
          ideaApprovedMail(
            { email: idea.authorEmail, name: idea.authorName, locale: idea.authorLocale },
            idea,
            this.env.appUrl,
          ),
          m,
        );
      }
      if (idea.authorEmail && decided.transition.to === 'hidden') {
        await this.mail.enqueue(
          ideaHiddenMail(
            { email: idea.authorEmail, name: idea.authorName, locale: idea.authorLocale },
            idea,
            dto.reason ?? '',
            this.env.appUrl,
          ),
          m,
        );
      }
    });
    return this.itemOf('idea', ideaId);
  }

  async decideComment(user: AuthUser, commentId: string, dto: ModerationDecisionDto): Promise<ModerationItem> {
    const comment = await this.comments.findById(commentId);
    const idea = comment ? await this.comments.ideaFacts(comment.idea_id) : null;
    if (!comment || !idea) throw new NotFoundException('No comment with that id');
    await this.access.requireAccess(user, 'comment.moderate', [commentId]);
    this.refuseOwnContent(user, idea, comment.author_id);
    const target = { ideaId: idea.id, commentId };
    await this.dataSource.transaction(async (m) => {
      const current = await this.comments.lockStatus(commentId, m);
      if (!current) throw new NotFoundException('No comment with that id');
      const decided = await this.apply(user, target, current, dto, m, async (next, reason) =>
        this.comments.setModeration(commentId, next, reason, m),
      );
      await this.comments.adjustCommentCount(idea.id, decided.transition.commentCountDelta, m);
      await this.record(user, idea, 'comment', commentId, dto, decided, m);
      if (comment.author_email && decided.transition.to === 'hidden') {
        await this.mail.enqueue(
          commentHiddenMail(
            { email: comment.author_email, name: comment.author_name, locale: comment.author_locale },
            idea,
            dto.reason ?? '',
            this.env.appUrl,
          ),
          m,
        );
      }
      const published = decided.transition.to === 'approved' && current === 'pending';
      if (published && idea.authorEmail && idea.authorId !== comment.author_id) {
        await this.mail.enqueue(ideaCommentedMail(idea.authorEmail, idea, comment.author_name, this.env.appUrl), m);
      }
    });
    return this.itemOf('comment', commentId);
  }

  /** Nobody moderates their own content: not their idea, their team's idea, or comments on it. */
  private refuseOwnContent(user: AuthUser, idea: IdeaFacts, commentAuthorId?: string): void {
    if (idea.authorId === user.id || idea.teamUserIds.includes(user.id) || commentAuthorId === user.id) {
      throw new ForbiddenException({
        message:
          'You cannot moderate your own idea or comment, or comments on an idea you are part of; ask another moderator',
        code: 'own_content',
      });
    }
  }

  /** Checks the transition, changes the status and closes the open reports (all in `m`). */
  private async apply(
    user: AuthUser,
    target: ReportTarget,
    current: ModerationStatus,
    dto: ModerationDecisionDto,
    m: EntityManager,
    setStatus: (next: NonNullable<Transition['to']>, reason: string | null) => Promise<void>,
  ): Promise<Decided> {
    const next = transition(current, dto.action);
    if (typeof next === 'string') throw new ConflictException({ message: next, code: 'invalid_moderation_action' });
    if (next.to) await setStatus(next.to, next.to === 'hidden' ? (dto.reason ?? null) : null);
    const closedReportIds = await this.reports.closeOpen(target, next.reports, user.id, m);
    if (dto.action === 'dismiss' && closedReportIds.length === 0) {
      throw new ConflictException({ message: 'There are no open reports to dismiss', code: 'no_open_reports' });
    }
    return { target, from: current, transition: next, closedReportIds };
  }

  private record(
    user: AuthUser,
    idea: IdeaFacts,
    targetType: ModerationTargetType,
    targetId: string,
    dto: ModerationDecisionDto,
    decided: Decided,
    m: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: user.id,
        organisationId: idea.leadOrganisationId,
        action: auditAction(targetType, dto.action),
        targetType,
        targetId,
        details: {
          ...(dto.reason ? { reason: dto.reason } : {}),
          from: decided.from,
          to: decided.transition.to ?? decided.from,
          ideaId: idea.id,
          challengeId: idea.challengeId,
          reportIds: decided.closedReportIds,
          reports: decided.transition.reports,
        },
      },
      m,
    );
  }

  private async itemOf(targetType: ModerationTargetType, id: string): Promise<ModerationItem> {
    const row = await this.repo.item(targetType, id);
    if (!row) throw new NotFoundException(`No ${targetType} with that id`);
    const reports = await this.reports.forTargets(
      targetType === 'idea' ? [id] : [],
      targetType === 'comment' ? [id] : [],
    );
    return toModerationItem(row, reports);
  }
}
