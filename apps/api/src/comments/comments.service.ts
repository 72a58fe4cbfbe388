import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Comment, ModerationStatus, Report } from '@challenge/contract';
import { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { canViewIdea } from '../ideas/idea-visibility';
import { MailService } from '../notifications/mail.service';
import { ideaCommentedMail } from './comment-emails';
import { CommentRow, toComment, toReport } from './comment.mapper';
import { CommentsRepository } from './comments.repository';
import { CreateCommentDto } from './dto/create-comment.dto';
import { CreateReportDto } from './dto/create-report.dto';
import { ListCommentsQueryDto } from './dto/list-comments.query';
import type { IdeaFacts } from './idea-facts';
import { ReportsRepository } from './reports.repository';

const NO_IDEA = 'No idea with that id';

/** Whether a viewer may see a comment of an idea they can see. */
export const canViewComment = (
  comment: { author_id: string; moderation_status: ModerationStatus },
  viewer: { userId?: string; canModerate: boolean },
): boolean => viewer.canModerate || comment.moderation_status === 'approved' || comment.author_id === viewer.userId;

/** Comments on ideas and reports of ideas and comments: who may write, see and report them. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentsRepository,
    private readonly reports: ReportsRepository,
    private readonly access: AccessService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
  ) {}

  async list(user: AuthUser | undefined, ideaId: string, query: ListCommentsQueryDto): Promise<Comment[]> {
    const { canModerate } = await this.visibleIdea(user, ideaId);
    const rows = await this.comments.list(ideaId, {
      viewerId: user?.id,
      everything: canModerate,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 100,
    });
    return rows.map(toComment);
  }

  /**
   * A verified account comments on a submitted idea it can see. Under pre-moderation the comment
   * waits for a moderator (unless written by one); an approved comment counts on the idea and
   * tells its author, in the same transaction.
   */
  async create(user: AuthUser, ideaId: string, dto: CreateCommentDto): Promise<Comment> {
    if (!user.emailVerified) {
      throw new ForbiddenException({
        message: 'Verify your email address before commenting',
        code: 'email_not_verified',
      });
    }
    const { idea, canModerate } = await this.visibleIdea(user, ideaId);
    requireNotHidden(idea);
    if (idea.status !== 'submitted') {
      throw new ConflictException({
        message: 'Comments open once the idea is submitted, and close when it is withdrawn',
        code: 'idea_not_open_for_comments',
      });
    }
    const status: ModerationStatus = idea.preModeration && !canModerate ? 'pending' : 'approved';
    const id = await this.dataSource.transaction(async (m) => {
      const newId = await this.comments.insert(
        { ideaId, authorId: user.id, body: dto.body, moderationStatus: status },
        m,
      );
      if (status === 'approved') {
        await this.comments.adjustCommentCount(ideaId, 1, m);
        if (idea.authorId !== user.id && idea.authorEmail) {
          await this.mail.enqueue(ideaCommentedMail(idea.authorEmail, idea, user.displayName, this.env.appUrl), m);
        }
      }
      return newId;
    });
    return toComment(await this.requireComment(id));
  }

  /**
   * Anyone signed in reports an idea or a comment they can see. A second open report by the
   * same person on the same target returns the first one (`created` false).
   */
  async report(user: AuthUser, ideaId: string, dto: CreateReportDto): Promise<{ report: Report; created: boolean }> {
    const { idea, canModerate } = await this.visibleIdea(user, ideaId);
    requireNotHidden(idea);
    const commentId = dto.commentId ?? null;
    if (commentId) {
      const comment = await this.comments.findById(commentId);
      if (!comment || comment.idea_id !== ideaId || !canViewComment(comment, { userId: user.id, canModerate })) {
        throw new NotFoundException('No comment with that id on this idea');
      }
      if (comment.moderation_status === 'hidden') {
        throw new ConflictException({
          message: 'This comment is hidden by a moderator already; there is nothing to report',
          code: 'comment_hidden',
        });
      }
    }
    const target = { ideaId, commentId };
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await this.reports.insertUnlessOpen({
        ...target,
        challengeId: idea.challengeId,
        reporterId: user.id,
        reason: dto.reason,
      });
      if (inserted) return { report: toReport(inserted), created: true };
      // Already open, unless a moderator closed it in between: then file it again.
      const existing = await this.reports.findOpenByReporter(target, user.id);
      if (existing) return { report: toReport(existing), created: false };
    }
    throw new ConflictException({ message: 'The report could not be filed; try again', code: 'report_conflict' });
  }

  /** The idea when the caller may see it (404 otherwise, so hidden and draft ideas do not reveal they exist). */
  private async visibleIdea(
    user: AuthUser | undefined,
    ideaId: string,
  ): Promise<{ idea: IdeaFacts; canModerate: boolean }> {
    const idea = await this.comments.ideaFacts(ideaId);
    if (!idea) throw new NotFoundException(NO_IDEA);
    const canModerate = user ? await this.access.canModerateChallenge(user.id, idea.challengeId) : false;
    if (!canViewIdea(idea, { userId: user?.id, canModerate })) throw new NotFoundException(NO_IDEA);
    return { idea, canModerate };
  }

  private async requireComment(id: string): Promise<CommentRow> {
    const comment = await this.comments.findById(id);
    if (!comment) throw new NotFoundException('No comment with that id');
    return comment;
  }
}

/**
 * Hidden content is frozen: nobody, moderators and admins included, comments on or reports a
 * hidden idea (votes need a listed idea already). Moderators still read it and decide on it.
 */
function requireNotHidden(idea: IdeaFacts): void {
  if (idea.moderationStatus === 'hidden') {
    throw new ConflictException({
      message: 'This idea is hidden by a moderator: it takes no comments or reports unless it is restored',
      code: 'idea_hidden',
    });
  }
}
