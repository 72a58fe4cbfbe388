import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { OpenDataExport, PrizeAward, RankedIdea, Results } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { OverrideAwardDto } from './dto/override-award.dto';
import { ResultsLoader } from './results-loader.service';
import { ResultsCalculator } from './results-calculator.service';
import { inputsFingerprint } from './results-fingerprint';
import { ResultsSnapshot, toOpenData, toResults } from './results-snapshot';
import { ResultsChallengeRow, ResultsRepository, StoredResultsRow } from './results.repository';

/** The served results: the stored snapshot once confirmed, otherwise computed now (admins only). */
export type CurrentResults = {
  challenge: ResultsChallengeRow;
  snapshot: ResultsSnapshot;
  stored: StoredResultsRow | null;
};
export type OpenData = { data: OpenDataExport; ranking: RankedIdea[]; awards: PrizeAward[] };

/**
 * Results before publication: the live draft, the admin's overrides of prize slots (with a
 * reason, published) and the confirmation that freezes a snapshot. Publishing is in
 * ResultsPublishService.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ResultsRepository,
    private readonly calculator: ResultsCalculator,
    private readonly loader: ResultsLoader,
    private readonly audit: AuditService,
  ) {}

  /**
   * The results for this caller. Confirmed, unpublished results (only their admins see them) are
   * `stale` when their inputs have changed since: publishing them would then be refused.
   */
  async get(user: AuthUser | undefined, challengeId: string): Promise<Results> {
    const { challenge, snapshot, stored } = await this.current(user, challengeId);
    const awaitingPublication = stored !== null && stored.confirmed_at !== null && stored.published_at === null;
    const stale =
      awaitingPublication && (await this.calculator.changesSince(challenge, stored.inputs_fingerprint)).length > 0;
    return toResults(snapshot, {
      confirmedAt: stored?.confirmed_at ?? null,
      publishedAt: stored?.published_at ?? null,
      stale,
    });
  }

  /** What GET /results and the open data serve to this caller (404 for the public before publication). */
  async current(user: AuthUser | undefined, challengeId: string): Promise<CurrentResults> {
    const { challenge, stored } = await this.loader.forReading(user, challengeId);
    if (stored?.confirmed_at) return { challenge, snapshot: stored.computed, stored };
    const { snapshot } = await this.calculator.compute(challenge, await this.calculator.pairwise(challenge));
    return { challenge, snapshot, stored };
  }

  /** The open data (OGL), to the same people as the results: everyone once published, admins before. */
  async openData(user: AuthUser | undefined, challengeId: string): Promise<OpenData> {
    const { snapshot, stored } = await this.current(user, challengeId);
    return {
      data: toOpenData(snapshot, stored?.published_at ?? null, this.loader.now()),
      ranking: snapshot.ranking,
      awards: snapshot.awards,
    };
  }

  async override(
    user: AuthUser,
    challengeId: string,
    prizeId: string,
    slot: number,
    dto: OverrideAwardDto,
  ): Promise<Results> {
    const { entity, row } = await this.loader.forManaging(user, challengeId);
    const pairwise = await this.calculator.pairwise(row);
    await this.dataSource.transaction(async (m) => {
      const stored = await this.lockUnpublished(challengeId, m, 'Published results are final: no award can change');
      const prize = (await this.repo.prizes(challengeId, m)).find((p) => p.id === prizeId);
      if (!prize) throw new NotFoundException('No prize with that id in this challenge');
      if (slot >= prize.count) {
        throw new NotFoundException(
          `“${prize.name}” has ${prize.count} ${prize.count === 1 ? 'slot' : 'slots'}, numbered from 0`,
        );
      }
      const { snapshot } = await this.calculator.compute(row, pairwise, m);
      const idea = snapshot.ranking.find((r) => r.ideaId === dto.ideaId);
      if (!idea) {
        throw new BadRequestException({
          message: 'Only a shortlisted idea in the ranking can be given a prize',
          code: 'idea_not_shortlisted',
        });
      }
      const before = snapshot.awards.find((a) => a.prizeId === prizeId && a.slot === slot);
      await this.repo.saveOverride(
        challengeId,
        { prizeId, slot, ideaId: dto.ideaId, amountPence: Number(prize.amount_pence) },
        dto.reason,
        user.id,
        m,
      );
      if (stored?.confirmed_at) await this.repo.clearConfirmation(challengeId, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: entity.organisationId,
          action: 'results.award_overridden',
          targetType: 'challenge',
          targetId: challengeId,
          details: {
            prizeId,
            prizeName: prize.name,
            slot,
            ideaId: dto.ideaId,
            previousIdeaId: before?.ideaId ?? null,
            reason: dto.reason,
            confirmationCleared: Boolean(stored?.confirmed_at),
          },
        },
        m,
      );
    });
    return this.get(user, challengeId);
  }

  /**
   * Freezes the results as computed now (with the overrides), with the fingerprint of their inputs,
   * and stores every prize slot's winner. The pairwise answers are fingerprinted before the fit,
   * so an answer arriving meanwhile makes the confirmation stale rather than slip past it.
   */
  async confirm(user: AuthUser, challengeId: string): Promise<Results> {
    const { entity, row } = await this.loader.forManaging(user, challengeId);
    const pairwiseAnswers = await this.calculator.pairwiseAnswers(row);
    const pairwise = await this.calculator.pairwise(row);
    const now = this.loader.now();
    const snapshot = await this.dataSource.transaction(async (m) => {
      await this.lockUnpublished(challengeId, m, 'The results are already published');
      const computed = await this.calculator.compute(row, pairwise, m);
      if (computed.snapshot.ranking.length === 0) {
        throw new ConflictException({
          message: 'There is nothing to confirm: the shortlist has no publicly listed ideas',
          code: 'nothing_to_confirm',
        });
      }
      const fingerprint = inputsFingerprint({ ...computed.inputs, pairwiseAnswers });
      await this.repo.confirm(challengeId, computed.snapshot, computed.computedAwards, user.id, now, m, fingerprint);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: entity.organisationId,
          action: 'results.confirmed',
          targetType: 'challenge',
          targetId: challengeId,
          details: {
            ranking: computed.snapshot.ranking.map((r) => r.ideaId),
            awards: computed.snapshot.awards.map((a) => ({
              prizeId: a.prizeId,
              slot: a.slot,
              ideaId: a.ideaId,
              overridden: a.overridden,
            })),
          },
        },
        m,
      );
      return computed.snapshot;
    });
    return toResults(snapshot, { confirmedAt: now, publishedAt: null, stale: false });
  }

  /** Locks the challenge and its stored results; 409 once published (results are then final). */
  private async lockUnpublished(
    challengeId: string,
    m: EntityManager,
    message: string,
  ): Promise<StoredResultsRow | null> {
    await this.repo.lockChallenge(challengeId, m);
    const stored = await this.repo.stored(challengeId, m);
    if (stored?.published_at) throw new ConflictException({ message, code: 'results_published' });
    return stored;
  }
}
