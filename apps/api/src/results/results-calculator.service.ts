import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../common/clock';
import { PairwiseScoresService } from '../pairwise/pairwise-scores.service';
import { changedParts, FingerprintPart, inputsFingerprint, InputsFingerprint } from './results-fingerprint';
import { buildSnapshot, ResultsInputs, ResultsSnapshot } from './results-snapshot';
import { AwardInsert, PairwiseAnswerRow, ResultsChallengeRow, ResultsRepository } from './results.repository';

export type PairwiseByIdea = ReadonlyMap<string, { score: number; comparisons: number }>;
export type Computed = { snapshot: ResultsSnapshot; computedAwards: AwardInsert[]; inputs: ResultsInputs };

type StoredInputs = Omit<ResultsInputs, 'pairwise' | 'computedAt'>;

/**
 * Loads a challenge's current inputs (rubric, shortlist, submitted scores, votes, prizes,
 * overrides) and runs the published method on them, or fingerprints them. Pass the transaction's
 * manager to read inside it; pairwise scores are read first, outside any transaction (their
 * service has its own).
 */
@Injectable()
export class ResultsCalculator {
  constructor(
    private readonly repo: ResultsRepository,
    private readonly pairwiseScores: PairwiseScoresService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async pairwise(challenge: Pick<ResultsChallengeRow, 'id' | 'pairwise_voting'>): Promise<PairwiseByIdea> {
    return challenge.pairwise_voting ? this.pairwiseScores.scoresFor(challenge.id) : new Map();
  }

  /** The answers the pairwise scores are fitted from (none when the challenge has no pairwise voting). */
  async pairwiseAnswers(
    challenge: Pick<ResultsChallengeRow, 'id' | 'pairwise_voting'>,
    m?: EntityManager,
  ): Promise<PairwiseAnswerRow[]> {
    return challenge.pairwise_voting ? this.repo.pairwiseAnswers(challenge.id, m) : [];
  }

  async compute(challenge: ResultsChallengeRow, pairwise: PairwiseByIdea, m?: EntityManager): Promise<Computed> {
    const stored = await this.load(challenge, m);
    if (stored.criteria.length === 0) {
      throw new ConflictException({
        message: 'This challenge has no rubric yet, so there is nothing to rank',
        code: 'no_rubric',
      });
    }
    const inputs: ResultsInputs = { ...stored, pairwise, computedAt: this.clock.now() };
    try {
      return { ...buildSnapshot(inputs), inputs };
    } catch (error) {
      // The domain refuses inconsistent inputs (which the schema should already prevent).
      if (!(error instanceof RangeError)) throw error;
      throw new ConflictException({
        message: `The results cannot be computed: ${error.message}`,
        code: 'results_not_computable',
      });
    }
  }

  /** The fingerprint of the inputs as they are now (no pairwise fit: its answers stand for it). */
  async fingerprint(challenge: ResultsChallengeRow, m?: EntityManager): Promise<InputsFingerprint> {
    return inputsFingerprint({
      ...(await this.load(challenge, m)),
      pairwiseAnswers: await this.pairwiseAnswers(challenge, m),
    });
  }

  /** What changed in the inputs since they were confirmed with `confirmed` ([] when nothing did). */
  async changesSince(
    challenge: ResultsChallengeRow,
    confirmed: InputsFingerprint | null,
    m?: EntityManager,
  ): Promise<FingerprintPart[]> {
    return changedParts(confirmed, await this.fingerprint(challenge, m));
  }

  private async load(challenge: ResultsChallengeRow, m?: EntityManager): Promise<StoredInputs> {
    const id = challenge.id;
    return {
      challenge,
      criteria: await this.repo.criteria(id, m),
      ideas: await this.repo.listedIdeas(id, m),
      scores: await this.repo.submittedScores(id, m),
      conflictsHandled: await this.repo.conflictsHandled(id, m),
      prizes: await this.repo.prizes(id, m),
      overrides: await this.repo.overrides(id, m),
    };
  }
}
