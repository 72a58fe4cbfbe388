import { Inject, Injectable } from '@nestjs/common';
import type { PairwiseScores } from '@challenge/contract';
import { fitBradleyTerry, IdeaPairwiseScore, PairwiseComparison } from '@challenge/domain';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { ListedIdeaRow, PairwiseRepository } from './pairwise.repository';
import { requirePairwise, requireVotingStarted } from './voting-window';

/** One idea's pairwise result: the chance it beats a random other idea, with a 95 % interval. */
export type PairwiseIdeaScore = { score: number; low: number; high: number; comparisons: number; wins: number };

type Fitted = { ideas: ListedIdeaRow[]; scores: IdeaPairwiseScore[]; comparisons: number };

/** From this many valid answers the public route serves scores from the shared cache. */
export const CACHE_FROM_COMPARISONS = 20_000;
/** How old cached public scores may be, and how long one replica may take to refresh them. */
const CACHE_SECONDS = 60;
const LEASE_SECONDS = 30;

/**
 * Bradley–Terry scores from the valid answers (a winner, not invalidated) between the challenge's
 * publicly listed ideas; skips and answers naming an idea that is no longer listed do not count.
 * The fit takes milliseconds for a council-sized challenge and seconds at hundreds of thousands of
 * answers, so the public route keeps the scores of large challenges (CACHE_FROM_COMPARISONS and
 * up) in a table shared by every replica for up to a minute, one replica refreshing an expired
 * entry while the others serve the old one. Nothing is cached in memory (several replicas), and
 * `scoresFor`, used by results and the shortlist, always fits afresh.
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
    return this.sharedScores(challengeId);
  }

  /**
   * Scores for pages anyone may load (the public shortlist): through the shared cache, so
   * anonymous traffic cannot make every replica refit a large challenge on each request.
   */
  async sharedScoresFor(challengeId: string): Promise<Map<string, number>> {
    const { scores } = await this.sharedScores(challengeId);
    return new Map(scores.map((s) => [s.ideaId, s.score]));
  }

  private async sharedScores(challengeId: string): Promise<PairwiseScores> {
    const cached = await this.repo.cachedScores(challengeId, CACHE_SECONDS);
    if (cached?.fresh) return cached.scores;
    if (cached && !(await this.repo.takeRefreshLease(challengeId, LEASE_SECONDS))) return cached.scores;
    const scores = toPublic(await this.fit(challengeId));
    if (scores.comparisons >= CACHE_FROM_COMPARISONS) await this.repo.storeScores(challengeId, scores);
    else if (cached) await this.repo.dropCachedScores(challengeId);
    return scores;
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

function toPublic({ ideas, scores, comparisons }: Fitted): PairwiseScores {
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
