import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../challenges/clock';
import { PairwiseScoresService } from '../pairwise/pairwise-scores.service';
import { buildSnapshot, ResultsSnapshot } from './results-snapshot';
import { AwardInsert, ResultsChallengeRow, ResultsRepository } from './results.repository';

export type PairwiseByIdea = ReadonlyMap<string, { score: number; comparisons: number }>;
export type Computed = { snapshot: ResultsSnapshot; computedAwards: AwardInsert[] };

/**
 * Loads a challenge's current inputs (rubric, shortlist, submitted scores, votes, prizes,
 * overrides) and runs the published method on them. Pass the transaction's manager to read
 * inside it; pairwise scores are read first, outside any transaction (their service has its own).
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

  async compute(challenge: ResultsChallengeRow, pairwise: PairwiseByIdea, m?: EntityManager): Promise<Computed> {
    const id = challenge.id;
    const criteria = await this.repo.criteria(id, m);
    if (criteria.length === 0) {
      throw new ConflictException({
        message: 'This challenge has no rubric yet, so there is nothing to rank',
        code: 'no_rubric',
      });
    }
    const inputs = {
      challenge,
      criteria,
      ideas: await this.repo.listedIdeas(id, m),
      pairwise,
      scores: await this.repo.submittedScores(id, m),
      conflictsHandled: await this.repo.conflictsHandled(id, m),
      prizes: await this.repo.prizes(id, m),
      overrides: await this.repo.overrides(id, m),
      computedAt: this.clock.now(),
    };
    try {
      return buildSnapshot(inputs);
    } catch (error) {
      // The domain refuses inconsistent inputs (which the schema should already prevent).
      if (!(error instanceof RangeError)) throw error;
      throw new ConflictException({
        message: `The results cannot be computed: ${error.message}`,
        code: 'results_not_computable',
      });
    }
  }
}
