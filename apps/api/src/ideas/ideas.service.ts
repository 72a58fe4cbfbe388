import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { IdeaDetail, IdeaSummary, Page, SimilarIdea } from '@challenge/contract';
import { openActivities } from '@challenge/domain';
import { isPublishedAt, timelineOf } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { CLOCK, Clock } from '../common/clock';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { CreateIdeaDto } from './dto/create-idea.dto';
import type { IdeaFieldsDto } from './dto/idea-fields.dto';
import { ListIdeasQueryDto } from './dto/list-ideas.query';
import { UpdateIdeaDto } from './dto/update-idea.dto';
import { IdeaLoader, IdeaContext } from './idea-loader.service';
import type { IdeaEntity } from './idea.entity';
import { toIdeaSummaryFromRow, toSimilarIdea } from './idea.mapper';
import { beforeSubmissionsClose, categoryProblems, describeFields, Fields, submissionsOpen } from './idea-rules';
import { IdeasRepository } from './ideas.repository';

const SIMILAR_LIMIT = 5;
const NO_CHALLENGE = 'No challenge with that id';

const invalid = (fields: Fields): never => {
  throw new BadRequestException({
    message: `Some values are not valid: ${describeFields(fields)}`,
    code: 'validation_failed',
    fields,
  });
};

/** Ideas: drafting, submitting (eligibility, rules acknowledgement), editing, withdrawing, listing, hints. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly repo: IdeasRepository,
    private readonly ideas: IdeaLoader,
    private readonly access: AccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, challengeId: string, dto: CreateIdeaDto): Promise<IdeaDetail> {
    const now = this.clock.now();
    const challenge = await this.repo.findChallenge(challengeId);
    if (!challenge || !isPublishedAt(challenge, now)) throw new NotFoundException(NO_CHALLENGE);
    if (!beforeSubmissionsClose(challenge, now)) {
      throw new ConflictException({ message: 'Submissions to this challenge have closed', code: 'submissions_closed' });
    }
    const values: Partial<IdeaEntity> = {
      challengeId,
      authorId: user.id,
      status: 'draft',
      title: dto.title.trim(),
      summary: dto.summary ?? '',
      description: dto.description ?? '',
      category: dto.category ?? null,
      entrantCategory: dto.entrantCategory ?? null,
      ...locationColumns(dto),
    };
    const submitting = dto.submit === true;
    this.checkCategories(challenge, values as IdeaEntity, submitting);
    if (submitting) Object.assign(values, await this.submission(user, challenge, dto.acknowledgeRulesVersion, now));
    const id = await this.repo.insertIdea(values);
    return this.ideas.view(id, user);
  }

  async get(user: AuthUser | undefined, ideaId: string): Promise<IdeaDetail> {
    return this.ideas.view(ideaId, user);
  }

  async update(user: AuthUser, ideaId: string, dto: UpdateIdeaDto): Promise<IdeaDetail> {
    const now = this.clock.now();
    const ctx = await this.ideas.loadFor(user, 'idea.update', ideaId);
    this.ideas.requireEditable(ctx, now);
    const changes: Partial<IdeaEntity> = {
      ...(dto.title !== undefined ? { title: dto.title.trim() } : {}),
      ...(dto.summary !== undefined ? { summary: dto.summary ?? '' } : {}),
      ...(dto.description !== undefined ? { description: dto.description ?? '' } : {}),
      ...(dto.category !== undefined ? { category: dto.category } : {}),
      ...(dto.entrantCategory !== undefined ? { entrantCategory: dto.entrantCategory } : {}),
      ...(dto.location !== undefined ? locationColumns(dto) : {}),
    };
    const merged = { ...ctx.idea, ...changes };
    const submitting = dto.submit === true && ctx.idea.status === 'draft';
    const problems = categoryProblems(ctx.challenge, merged, { submitting });
    // A challenge's categories may change after an idea was filed: only complain about values being set now.
    if (!submitting) {
      for (const field of ['category', 'entrantCategory'] as const) if (!(field in changes)) delete problems[field];
    }
    if (Object.keys(problems).length > 0) invalid(problems);
    if (submitting)
      Object.assign(changes, await this.submission(user, ctx.challenge, dto.acknowledgeRulesVersion, now));
    if (needsModerationAgain(ctx, changes)) changes.moderationStatus = 'pending';
    if (Object.keys(changes).length > 0) await this.repo.updateIdea(ideaId, changes);
    return this.ideas.view(ideaId, user);
  }

  async withdraw(user: AuthUser, ideaId: string): Promise<IdeaDetail> {
    const now = this.clock.now();
    const ctx = await this.ideas.loadFor(user, 'idea.withdraw', ideaId);
    if (ctx.idea.status !== 'submitted') {
      throw new ConflictException({
        message:
          ctx.idea.status === 'draft'
            ? 'This idea is a draft: only submitted ideas can be withdrawn'
            : 'This idea is already withdrawn',
        code: 'not_submitted',
      });
    }
    const closes = ctx.challenge.submissionsClosesAt;
    if (closes !== null && closes.getTime() <= now.getTime()) {
      // The entries are fixed once submissions close, so voting and judging work on a stable field.
      throw new ConflictException({
        message: 'Submissions have closed, so ideas can no longer be withdrawn; ask the council if you need it removed',
        code: 'submissions_closed',
      });
    }
    await this.repo.updateIdea(ideaId, { status: 'withdrawn', withdrawnAt: now });
    return this.ideas.view(ideaId, user);
  }

  /**
   * Publicly listed ideas of a published challenge (drafts of challenges only for host admins).
   * The default order is a stable per-visitor shuffle while voting is open, else the newest first;
   * with `q`, the most relevant first unless a sort is asked for.
   */
  async list(
    user: AuthUser | undefined,
    challengeId: string,
    query: ListIdeasQueryDto,
    visitorId: string,
  ): Promise<Page<IdeaSummary>> {
    const now = this.clock.now();
    const challenge = await this.visibleChallenge(user, challengeId, now);
    const q = query.q?.trim() || undefined;
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const order =
      query.sort ?? (q ? 'relevance' : openActivities(timelineOf(challenge), now).voting ? 'random' : 'recent');
    const { rows, total } = await this.repo.list({
      challengeId,
      q,
      category: query.category,
      order,
      seed: query.seed ?? user?.id ?? visitorId,
      page,
      pageSize,
    });
    return { items: rows.map(toIdeaSummaryFromRow), total, page, pageSize };
  }

  /** Up to five publicly listed ideas like the title being typed; fewer than 3 characters gives none. */
  async similar(user: AuthUser | undefined, challengeId: string, title: string | undefined): Promise<SimilarIdea[]> {
    const challenge = await this.visibleChallenge(user, challengeId, this.clock.now());
    const text = (title ?? '').trim();
    if (text.length < 3) return [];
    return (await this.repo.similar(challenge.id, text, SIMILAR_LIMIT)).map(toSimilarIdea);
  }

  private async visibleChallenge(user: AuthUser | undefined, id: string, now: Date): Promise<ChallengeEntity> {
    const challenge = await this.repo.findChallenge(id);
    if (!challenge) throw new NotFoundException(NO_CHALLENGE);
    if (isPublishedAt(challenge, now)) return challenge;
    const roles = user ? await this.access.hostRoles(user.id, id) : [];
    if (!roles.includes('admin')) throw new NotFoundException(NO_CHALLENGE);
    return challenge;
  }

  private checkCategories(challenge: ChallengeEntity, values: IdeaEntity, submitting: boolean): void {
    const problems = categoryProblems(challenge, values, { submitting });
    if (Object.keys(problems).length > 0) invalid(problems);
  }

  /**
   * The columns of a submission, after its checks: submissions open (409), a verified email when
   * the challenge asks for one (403), and the rules version in force acknowledged (400 when
   * missing, 409 when stale). Under pre-moderation the idea waits for a moderator.
   */
  private async submission(
    user: AuthUser,
    challenge: ChallengeEntity,
    acknowledged: number | undefined,
    now: Date,
  ): Promise<Partial<IdeaEntity>> {
    if (!submissionsOpen(challenge, now)) {
      throw new ConflictException({
        message:
          'Submissions to this challenge are not open, so the idea cannot be submitted (it can be kept as a draft)',
        code: 'submissions_closed',
      });
    }
    if (challenge.requiresVerifiedEmail && !user.emailVerified) {
      throw new ForbiddenException({
        message: 'Verify your email address before submitting an idea to this challenge',
        code: 'email_unverified',
      });
    }
    const version = await this.repo.rulesVersionInForce(challenge.id);
    if (version !== null && acknowledged === undefined) {
      throw new BadRequestException({
        message: `Read and acknowledge the challenge rules (version ${version}) to submit: send acknowledgeRulesVersion`,
        code: 'rules_not_acknowledged',
        fields: { acknowledgeRulesVersion: [`Acknowledge rules version ${version}`] },
      });
    }
    if (version !== null && acknowledged !== version) {
      throw new ConflictException({
        message: `The rules have changed: version ${version} is in force, not ${acknowledged}. Read them again and acknowledge version ${version}`,
        code: 'rules_version_stale',
      });
    }
    return {
      status: 'submitted',
      submittedAt: now,
      rulesVersion: version,
      rulesAcknowledgedAt: now,
      moderationStatus: challenge.preModeration ? 'pending' : 'approved',
    };
  }
}

function locationColumns(dto: IdeaFieldsDto): Pick<IdeaEntity, 'locationLabel' | 'latitude' | 'longitude'> {
  const l = dto.location;
  return l
    ? { locationLabel: l.label ?? null, latitude: l.latitude, longitude: l.longitude }
    : { locationLabel: null, latitude: null, longitude: null };
}

/**
 * Under pre-moderation an approved idea whose public text changes goes back to the queue, unless
 * a moderator made the change: otherwise approval could be used to publish anything afterwards.
 */
function needsModerationAgain(ctx: IdeaContext, changes: Partial<IdeaEntity>): boolean {
  const textChanged = (['title', 'summary', 'description'] as const).some(
    (field) => field in changes && changes[field] !== ctx.idea[field],
  );
  return (
    ctx.challenge.preModeration &&
    ctx.idea.status === 'submitted' &&
    ctx.idea.moderationStatus === 'approved' &&
    !ctx.canModerate &&
    textChanged
  );
}
