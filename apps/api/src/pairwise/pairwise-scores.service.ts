import { Inject, Injectable } from '@nestjs/common';
import type { PairwiseScores } from '@challenge/contract';
import { fitBradleyTerry, IdeaPairwiseScore, PairwiseComparison } from '@challenge/domain';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../challenges/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { ListedIdeaRow, PairwiseRepository } from './pairwise.repository';
import { requirePairwise, requireVotingStarted } from './voting-window';

/** One idea's pairwise result: the chance it beats a random other idea, with a 95 % interval. */
export type PairwiseIdeaScore = { score: number; low: number; high: number; comparisons: number; wins: number };

type Fitted = { ideas: ListedIdeaRow[]; scores: IdeaPairwiseScore[]; comparisons: number };

/**
 * Bradley–Terry scores from the valid answers (a winner, not invalidated) between the challenge's
 * publicly listed ideas; skips and answers naming an idea that is no longer listed do not count.
 * Computed on every call, never cached in memory (the API runs on several replicas): a few
 * milliseconds for a council-sized challenge, 2–3 s at 10,000 ideas and 1,000,000 answers.
 */
@Injectable()
export class PairwiseScoresService {
  constructor(
    private readonly repo: PairwiseRepository,
    private readonly challenges: ChallengesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Scores by idea id for every listed idea of the challenge (for results and the shortlist). */
  async scoresFor(challengeId: string): Promise<Map<string, PairwiseIdeaScore>> {
    const { scores } = await this.fit(challengeId);
    return new Map(
      scores.map((s) => [
        s.ideaId,
        { score: s.score, low: s.scoreLower, high: s.scoreUpper, comparisons: s.comparisons, wins: s.wins },
      ]),
    );
  }

  /** GET /challenges/:id/pairwise-scores: public once voting has opened on a pairwise challenge. */
  async publicScores(user: AuthUser | undefined, challengeId: string): Promise<PairwiseScores> {
    const { challenge } = await this.challenges.requireVisible(user, challengeId);
    requirePairwise(challenge);
    requireVotingStarted(challenge, this.clock.now());
    const { ideas, scores, comparisons } = await this.fit(challengeId);
    const titles = new Map(ideas.map((i) => [i.id, i.title]));
    return {
      comparisons,
      scores: scores
        .map((s) => ({
          ideaId: s.ideaId,
          title: titles.get(s.ideaId) ?? '',
          score: s.score,
          low: s.scoreLower,
          high: s.scoreUpper,
          comparisons: s.comparisons,
          wins: s.wins,
        }))
        .sort((a, b) => b.score - a.score || b.comparisons - a.comparisons || a.title.localeCompare(b.title)),
    };
  }

  private async fit(challengeId: string): Promise<Fitted> {
    const ideas = await this.repo.listedIdeas(challengeId);
    const comparisons: PairwiseComparison[] = [];
    for (const { winner, loser, n } of await this.repo.results(challengeId)) {
      const answer = { winner, loser };
      for (let k = 0; k < n; k++) comparisons.push(answer);
    }
    const fit = fitBradleyTerry(
      ideas.map((i) => i.id),
      comparisons,
    );
    return { ideas, scores: fit.scores, comparisons: comparisons.length - fit.ignoredComparisons };
  }
}
