import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { Challenge, ChallengeSummary, Page, PublishChallengeResponse } from '@challenge/contract';
import { challengeState } from '@challenge/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { changedKeys, columnsFrom, prizesFrom, samePrizes, samePrizeTerms, stageFieldOf } from './challenge-patch';
import { consistencyProblems, Fields, PrizeValues, publicationProblems, welshWarnings } from './challenge-rules';
import { checkFrozenSettings } from './challenge-settings';
import { isPublishedAt, timelineOf } from './challenge-timeline';
import { ChallengeEntity } from './challenge.entity';
import { toChallenge, toChallengeSummary } from './challenge.mapper';
import { ChallengesRepository } from './challenges.repository';
import { CLOCK, Clock } from '../common/clock';
import { CreateChallengeDto } from './dto/create-challenge.dto';
import { ListChallengesQueryDto } from './dto/list-challenges.query';
import { UpdateChallengeDto } from './dto/update-challenge.dto';

const fail = (fields: Fields, message = 'Some values are not consistent'): never => {
  throw new BadRequestException({ message: `${message}: ${describe(fields)}`, code: 'validation_failed', fields });
};
const describe = (fields: Fields): string =>
  Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
    .join('; ');
const hasAny = (fields: Fields): boolean => Object.keys(fields).length > 0;

const slugify = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'challenge';

/** Challenges: who may create, see and change them, and the fairness rules once they are public. */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ChallengesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, dto: CreateChallengeDto): Promise<Challenge> {
    await this.access.requireAccess(user, 'challenge.create', [dto.organisationId]);
    const coHosts = (dto.coHostOrganisationIds ?? []).filter((id) => id !== dto.organisationId);
    const known = await this.repo.existingOrganisationIds(coHosts);
    const unknown = coHosts.filter((id) => !known.includes(id));
    if (unknown.length > 0)
      fail({ coHostOrganisationIds: [`No council with id ${unknown.join(', ')}`] }, 'Unknown co-host');

    const columns = columnsFrom(dto);
    const values: Partial<ChallengeEntity> = {
      ...DEFAULTS,
      ...columns,
      organisationId: dto.organisationId,
      createdBy: user.id,
    };
    const prizes = prizesFrom(dto) ?? [];
    const problems = consistencyProblems(Object.assign(new ChallengeEntity(), values), prizes);
    if (hasAny(problems)) fail(problems);
    values.slug = dto.slug ?? (await this.freeSlug(slugify(dto.title)));

    const id = await this.transaction(async (m) => {
      const newId = await this.repo.insert(values, [dto.organisationId, ...coHosts], m);
      await this.repo.replacePrizes(newId, prizes, m);
      if (dto.rules && dto.rules.trim() !== '')
        await this.repo.addRulesVersion(newId, dto.rules, dto.rulesCy ?? null, user.id, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: dto.organisationId,
          action: 'challenge.created',
          targetType: 'challenge',
          targetId: newId,
          details: { title: values.title, slug: values.slug, coHostOrganisationIds: coHosts },
        },
        m,
      );
      return newId;
    });
    return this.view(id, user);
  }

  async list(user: AuthUser | undefined, query: ListChallengesQueryDto): Promise<Page<ChallengeSummary>> {
    if (query.mine && !user) throw new UnauthorizedException('Sign in to see your council’s challenges');
    const now = this.clock.now();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.repo.list({
      state: query.state,
      adminUserId: query.mine ? user?.id : undefined,
      now,
      page,
      pageSize,
    });
    const orgs = await this.repo.organisationRefs(rows.map((r) => r.organisationId));
    return {
      items: rows.map((r) =>
        toChallengeSummary(r, orgs.get(r.organisationId) ?? { id: r.organisationId, name: '' }, now),
      ),
      total,
      page,
      pageSize,
    };
  }

  /** Published challenges are public; drafts exist only for the hosting councils' admins (404 to anyone else). */
  async get(user: AuthUser | undefined, id: string): Promise<Challenge> {
    return this.view(id, user);
  }

  async update(user: AuthUser, id: string, dto: UpdateChallengeDto): Promise<Challenge> {
    const now = this.clock.now();
    const current = await this.requireManageable(user, id, now);
    const currentPrizes = toValues(await this.repo.prizes(id));
    const columns = columnsFrom(dto);
    const nextPrizes = prizesFrom(dto) ?? currentPrizes;
    const merged = Object.assign(new ChallengeEntity(), current, columns);
    const problems = consistencyProblems(merged, nextPrizes);
    if (hasAny(problems)) fail(problems);

    const changed = changedKeys(current, columns);
    const prizesChanged = !samePrizes(currentPrizes, nextPrizes);
    const published = isPublishedAt(current, now);
    if (published) {
      this.checkFairness(current, merged, changed, currentPrizes, nextPrizes, dto.changeReason, now);
      const lost = publicationProblems(merged, nextPrizes, now, { publishing: false });
      if (hasAny(lost)) {
        throw new UnprocessableEntityException({
          message: `A published challenge must keep stating its published facts: ${describe(lost)}`,
          code: 'publication_incomplete',
          fields: lost,
        });
      }
    }
    if (dto.slug !== undefined && changed.includes('slug') && (await this.repo.slugTaken(dto.slug))) {
      throw new ConflictException({ message: 'Another challenge already uses that slug', code: 'slug_taken' });
    }
    const rules = await this.repo.latestRules(id);
    const rulesChanged =
      (dto.rules !== undefined && (dto.rules ?? '') !== (rules?.body ?? '')) ||
      (dto.rulesCy !== undefined && (dto.rulesCy || null) !== (rules?.bodyCy ?? null));

    if (changed.length === 0 && !prizesChanged && !rulesChanged) return this.view(id, user);
    const diff = Object.fromEntries(changed.map((k) => [stageFieldOf(k) ?? k, { from: current[k], to: merged[k] }]));
    await this.transaction(async (m) => {
      if (changed.length > 0) await this.repo.update(id, pick(columns, changed), m);
      else await this.repo.update(id, { updatedAt: now }, m);
      if (prizesChanged) await this.repo.replacePrizes(id, nextPrizes, m);
      if (rulesChanged) {
        await this.repo.addRulesVersion(
          id,
          dto.rules ?? rules?.body ?? '',
          dto.rulesCy !== undefined ? dto.rulesCy || null : (rules?.bodyCy ?? null),
          user.id,
          m,
        );
      }
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: current.organisationId,
          action: 'challenge.updated',
          targetType: 'challenge',
          targetId: id,
          details: {
            changed: [...Object.keys(diff), ...(prizesChanged ? ['prizes'] : []), ...(rulesChanged ? ['rules'] : [])],
            diff: { ...diff, ...(prizesChanged ? { prizes: { from: currentPrizes, to: nextPrizes } } : {}) },
            ...(dto.changeReason ? { changeReason: dto.changeReason } : {}),
            stateAtChange: challengeState(timelineOf(current), now),
          },
        },
        m,
      );
    });
    return this.view(id, user);
  }

  async publish(user: AuthUser, id: string): Promise<PublishChallengeResponse> {
    const now = this.clock.now();
    const current = await this.requireManageable(user, id, now);
    if (current.publishedAt !== null) {
      throw new ConflictException({ message: 'This challenge is already published', code: 'already_published' });
    }
    const prizes = toValues(await this.repo.prizes(id));
    const missing = publicationProblems(current, prizes, now);
    if (hasAny(missing)) {
      throw new UnprocessableEntityException({
        message: `The challenge cannot be published yet: ${describe(missing)}`,
        code: 'publication_incomplete',
        fields: missing,
      });
    }
    const warnings = welshWarnings(current, prizes, await this.repo.latestRules(id));
    await this.transaction(async (m) => {
      await this.repo.update(id, { publishedAt: now }, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: current.organisationId,
          action: 'challenge.published',
          targetType: 'challenge',
          targetId: id,
          details: { publishedAt: now.toISOString(), welshWarnings: warnings.map((w) => w.field) },
        },
        m,
      );
    });
    return { challenge: await this.view(id, user), warnings };
  }

  /**
   * Once published: no moving a date that has passed (or to one that has), voting settings fixed
   * once voting opens and blind review once judging opens, and once submissions have opened,
   * prizes, pot, vote weight and judging summary change only with a reason.
   */
  private checkFairness(
    current: ChallengeEntity,
    merged: ChallengeEntity,
    changed: (keyof ChallengeEntity)[],
    currentPrizes: PrizeValues[],
    nextPrizes: PrizeValues[],
    changeReason: string | undefined,
    now: Date,
  ): void {
    const passed: Fields = {};
    for (const key of changed) {
      const field = stageFieldOf(key);
      if (!field) continue;
      const before = current[key] as Date | null;
      const after = merged[key] as Date | null;
      if (before && before.getTime() <= now.getTime())
        passed[field] = ['This date has already passed and cannot be moved'];
      else if (after && after.getTime() <= now.getTime())
        passed[field] = ['A published challenge cannot be given a date in the past'];
    }
    if (hasAny(passed)) {
      throw new ConflictException({
        message: `Dates cannot be changed: ${describe(passed)}`,
        code: 'deadline_passed',
        fields: passed,
      });
    }
    checkFrozenSettings(current, changed, now);
    const submissionsOpened =
      current.submissionsOpensAt !== null && current.submissionsOpensAt.getTime() <= now.getTime();
    if (!submissionsOpened || changeReason) return;
    const sensitive = [
      ...(['prizePotPence', 'publicVoteWeight', 'judgingSummary'] as const).filter((k) => changed.includes(k)),
      ...(samePrizeTerms(currentPrizes, nextPrizes) ? [] : ['prizes']),
    ];
    if (sensitive.length > 0) {
      const fields = Object.fromEntries(
        sensitive.map((k) => [k, ['Submissions have opened: give a changeReason to change this']]),
      );
      throw new ConflictException({
        message: `Submissions have opened, so ${sensitive.join(', ')} can only change with a changeReason, which is recorded in the audit log`,
        code: 'change_reason_required',
        fields,
      });
    }
  }

  /** Loads a challenge the caller administers (challenge.manage: 404 for drafts they cannot see, 403 when published). */
  async requireManageable(user: AuthUser, id: string, _now?: Date): Promise<ChallengeEntity> {
    await this.access.requireAccess(user, 'challenge.manage', [id]);
    return this.load(id);
  }

  /** Loads a challenge the caller may see (challenge.read), and whether they administer it. */
  async requireVisible(
    user: AuthUser | undefined,
    id: string,
  ): Promise<{ challenge: ChallengeEntity; canManage: boolean }> {
    await this.access.requireAccess(user, 'challenge.read', [id]);
    const canManage = user ? await this.access.isHostAdmin(user.id, id) : false;
    return { challenge: await this.load(id), canManage };
  }

  private async load(id: string): Promise<ChallengeEntity> {
    const challenge = await this.repo.findById(id);
    if (!challenge) throw new NotFoundException('No challenge with that id');
    return challenge;
  }

  private async view(id: string, user: AuthUser | undefined): Promise<Challenge> {
    const now = this.clock.now();
    const { challenge, canManage } = await this.requireVisible(user, id);
    const [hosts, prizes, rules] = [
      await this.repo.hosts(challenge),
      await this.repo.prizes(id),
      await this.repo.latestRules(id),
    ];
    return toChallenge(challenge, { hosts, prizes, rules, canManage }, now);
  }

  private async freeSlug(base: string): Promise<string> {
    if (!(await this.repo.slugTaken(base))) return base;
    for (let n = 2; n < 50; n++) {
      const candidate = `${base}-${n}`;
      if (!(await this.repo.slugTaken(candidate))) return candidate;
    }
    return `${base}-${Date.now().toString(36)}`;
  }

  /** Runs `work` in a transaction; a unique-slug race becomes 409 rather than 500. */
  private async transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      if (code?.code === '23505' && code.constraint === 'challenges_slug_key') {
        throw new ConflictException({ message: 'Another challenge already uses that slug', code: 'slug_taken' });
      }
      throw error;
    }
  }
}

const DEFAULTS: Partial<ChallengeEntity> = {
  titleCy: null,
  summary: '',
  summaryCy: null,
  description: '',
  descriptionCy: null,
  problemStatement: '',
  problemStatementCy: null,
  eligibility: '',
  eligibilityCy: null,
  howToEnter: '',
  howToEnterCy: null,
  judgingSummary: '',
  judgingSummaryCy: null,
  categories: [],
  entrantCategories: [],
  prizePotPence: null,
  publicVoteWeight: null,
  requiresVerifiedEmail: true,
  preModeration: false,
  supportVoting: true,
  pairwiseVoting: false,
  publicVoteMeasure: 'supports',
  voteAllowance: 5,
  allowSelfVotes: false,
  blindReview: true,
  submissionsOpensAt: null,
  submissionsClosesAt: null,
  votingOpensAt: null,
  votingClosesAt: null,
  shortlistingOpensAt: null,
  shortlistingClosesAt: null,
  judgingOpensAt: null,
  judgingClosesAt: null,
  resultsOpensAt: null,
  resultsClosesAt: null,
  publishedAt: null,
  shortlistConfirmedAt: null,
  resultsPublishedAt: null,
};

const toValues = (prizes: PrizeValues[]): PrizeValues[] =>
  prizes.map(({ name, nameCy, amountPence, count, category, peoplesChoice }) => ({
    name,
    nameCy,
    amountPence,
    count,
    category,
    peoplesChoice,
  }));

const pick = (values: Partial<ChallengeEntity>, keys: (keyof ChallengeEntity)[]): Partial<ChallengeEntity> =>
  Object.fromEntries(keys.map((k) => [k, values[k]])) as Partial<ChallengeEntity>;
