import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Shortlist, ShortlistIdea, ShortlistProposal } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isPublishedAt } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { SetShortlistDto, ShortlistProposalDto } from './dto/shortlist.dto';
import { ChallengesService } from '../challenges/challenges.service';
import { AccessService } from '../common/access/access.service';
import { confirmTooEarly, proposeShortlist } from './panel-rules';
import { PanelRepository } from './panel.repository';
import { ShortlistNotifier } from './shortlist-notifier.service';
import { ShortlistRepository } from './shortlist.repository';
import { PairwiseScoresService } from '../pairwise/pairwise-scores.service';

const NO_CHALLENGE = 'No challenge with that id';

/**
 * The shortlist: set by hand or from a proposal by rule, confirmed by an admin (audited, authors
 * emailed). It can change, audited, until judges have been assigned; after confirmation only the
 * authors of newly added ideas are emailed.
 */
@Injectable()
export class ShortlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ShortlistRepository,
    private readonly panel: PanelRepository,
    private readonly challenges: ChallengesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifier: ShortlistNotifier,
    private readonly pairwise: PairwiseScoresService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Admins see the whole saved shortlist; judges see it without the ideas they are conflicted on;
   * everyone else sees a confirmed shortlist of a published challenge, publicly listed ideas only.
   */
  async get(user: AuthUser | undefined, challengeId: string): Promise<Shortlist> {
    const challenge = await this.panel.findChallenge(challengeId);
    if (!challenge) throw new NotFoundException(NO_CHALLENGE);
    const isAdmin = user ? await this.access.isHostAdmin(user.id, challengeId) : false;
    const isJudge = !isAdmin && user ? await this.panel.isJudge(challengeId, user.id) : false;
    if (!isAdmin && !isJudge) {
      if (!isPublishedAt(challenge, this.clock.now())) throw new NotFoundException(NO_CHALLENGE);
      if (challenge.shortlistConfirmedAt === null) {
        throw new NotFoundException({
          message: 'The shortlist of this challenge has not been confirmed yet',
          code: 'shortlist_not_confirmed',
        });
      }
    }
    const hidden = new Set(isJudge && user ? await this.panel.conflictedIdeaIds(user.id, challengeId) : []);
    const rows = (await this.repo.entries(challengeId)).filter((r) => isAdmin || (r.listed && !hidden.has(r.idea_id)));
    const scores = challenge.pairwiseVoting ? await this.pairwise.sharedScoresFor(challenge.id) : null;
    return {
      confirmedAt: challenge.shortlistConfirmedAt?.toISOString() ?? null,
      ideas: rows.map((r) => ({
        ideaId: r.idea_id,
        title: r.title,
        category: r.category,
        voteCount: r.vote_count,
        pairwiseScore: scores?.get(r.idea_id) ?? null,
        position: r.position,
      })),
    };
  }

  /** The top ideas by a rule, overall or per category; nothing is saved. */
  async propose(user: AuthUser, challengeId: string, dto: ShortlistProposalDto): Promise<ShortlistProposal> {
    const challenge = await this.challenges.requireManageable(user, challengeId);
    const perCategory = dto.perCategory ?? false;
    if (dto.rule === 'top_pairwise' && !challenge.pairwiseVoting) {
      throw new ConflictException({
        message: 'This challenge has no pairwise voting, so there are no pairwise scores to rank by; use top_votes',
        code: 'pairwise_not_enabled',
      });
    }
    if (dto.rule === 'top_votes' && !challenge.supportVoting) {
      throw new ConflictException({
        message: 'This challenge takes no support votes, so there are no vote counts to rank by; use top_pairwise',
        code: 'support_voting_disabled',
      });
    }
    if (perCategory && challenge.categories.length === 0) {
      throw new ConflictException({
        message: 'This challenge has no categories, so there is nothing to propose per category',
        code: 'no_categories',
      });
    }
    const candidates = await this.repo.candidates(challengeId);
    const scores = await this.scoresOf(challenge);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const chosen = proposeShortlist(
      candidates.map((c) => ({
        id: c.id,
        category: c.category,
        voteCount: c.vote_count,
        pairwiseScore: scores?.get(c.id) ?? null,
        submittedAt: c.submitted_at,
      })),
      dto.rule,
      dto.count,
      perCategory,
      challenge.categories,
    );
    return {
      rule: dto.rule,
      count: dto.count,
      perCategory,
      ideas: chosen.map(
        (c, position): ShortlistIdea => ({
          ideaId: c.id,
          title: byId.get(c.id)?.title ?? '',
          category: c.category,
          voteCount: c.voteCount,
          pairwiseScore: c.pairwiseScore,
          position,
        }),
      ),
    };
  }

  async set(user: AuthUser, challengeId: string, dto: SetShortlistDto): Promise<Shortlist> {
    await this.challenges.requireManageable(user, challengeId);
    await this.checkIdeas(challengeId, dto.ideaIds);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const challenge = await this.panel.lockChallenge(challengeId, m);
      if (!challenge) throw new NotFoundException(NO_CHALLENGE);
      await this.requireChangeable(challenge, m);
      const wasConfirmed = challenge.shortlistConfirmedAt !== null;
      const confirming = dto.confirm === true && !wasConfirmed;
      if (confirming) await this.requireConfirmable(challenge, dto.ideaIds, now, m);
      if (wasConfirmed && dto.ideaIds.length === 0) {
        throw new ConflictException({
          message: 'A confirmed shortlist cannot be emptied; it must keep at least one idea',
          code: 'shortlist_empty',
        });
      }
      const before = (await this.repo.entries(challengeId, m)).map((r) => r.idea_id);
      const unchanged = before.length === dto.ideaIds.length && before.every((id, i) => id === dto.ideaIds[i]);
      if (unchanged && !confirming) return;
      await this.repo.replace(challengeId, dto.ideaIds, user.id, m);
      if (confirming) await this.repo.confirm(challengeId, now, m);
      const added = dto.ideaIds.filter((id) => !before.includes(id));
      const notify = confirming ? dto.ideaIds : wasConfirmed ? added : [];
      const notified = await this.notifier.notify(challenge, notify, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge.organisationId,
          action: confirming ? 'shortlist.confirmed' : wasConfirmed ? 'shortlist.changed' : 'shortlist.saved',
          targetType: 'challenge',
          targetId: challengeId,
          details: {
            ideaIds: dto.ideaIds,
            added,
            removed: before.filter((id) => !dto.ideaIds.includes(id)),
            notified,
            ...(confirming ? { confirmedAt: now.toISOString() } : {}),
          },
        },
        m,
      );
    });
    return this.get(user, challengeId);
  }

  /** Every id must be an idea of this challenge (400), shown in its public list (409). */
  private async checkIdeas(challengeId: string, ideaIds: string[]): Promise<void> {
    const found = new Map((await this.repo.ideas(ideaIds)).map((r) => [r.id, r]));
    const foreign = ideaIds.filter((id) => {
      const idea = found.get(id);
      return !idea || idea.challenge_id !== challengeId || idea.status === 'draft';
    });
    if (foreign.length > 0) {
      throw new BadRequestException({
        message: `ideaIds must be ideas of this challenge; these are not: ${foreign.join(', ')}`,
        code: 'idea_not_in_challenge',
        fields: { ideaIds: foreign.map((id) => `${id} is not an idea of this challenge`) },
      });
    }
    const unlisted = ideaIds.filter((id) => !found.get(id)?.listed);
    if (unlisted.length > 0) {
      throw new ConflictException({
        message: `Only ideas shown in the public list can be shortlisted; these are withdrawn, hidden or awaiting moderation: ${unlisted.join(', ')}`,
        code: 'idea_not_listed',
        fields: { ideaIds: unlisted.map((id) => `${id} is not in the public list`) },
      });
    }
  }

  /** The shortlist changes until judges are assigned to it (or results are published). */
  private async requireChangeable(challenge: ChallengeEntity, m: EntityManager): Promise<void> {
    if (challenge.resultsPublishedAt !== null || (await this.panel.hasAssignments(challenge.id, m))) {
      throw new ConflictException({
        message: 'Judges have already been assigned the shortlisted ideas, so the shortlist can no longer change',
        code: 'shortlist_locked',
      });
    }
  }

  private async requireConfirmable(
    challenge: ChallengeEntity,
    ideaIds: string[],
    now: Date,
    m: EntityManager,
  ): Promise<void> {
    const early = confirmTooEarly(challenge, now);
    if (early) throw new ConflictException({ message: early, code: 'shortlist_too_early' });
    if (ideaIds.length === 0) {
      throw new ConflictException({
        message: 'A shortlist needs at least one idea to be confirmed',
        code: 'shortlist_empty',
      });
    }
    if (!(await this.panel.hasRubric(challenge.id, m))) {
      throw new ConflictException({
        message: 'Set the rubric before confirming the shortlist: confirming opens judging, which freezes the rubric',
        code: 'rubric_missing',
      });
    }
  }

  private async scoresOf(challenge: ChallengeEntity): Promise<Map<string, number> | null> {
    if (!challenge.pairwiseVoting) return null;
    const scores = await this.pairwise.scoresFor(challenge.id);
    return new Map([...scores].map(([ideaId, s]) => [ideaId, s.score]));
  }
}
