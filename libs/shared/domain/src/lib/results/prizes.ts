/**
 * Prize allocation from a computed ranking. Pure and deterministic.
 *
 * Prizes are filled in `position` order (then id), each with `count` slots (0-based):
 * - an overall prize (no category, not People's Choice) takes the best-ranked ideas;
 * - a category prize takes the best-ranked ideas whose category or entrant category is the
 *   prize's category;
 * - a People's Choice prize goes by the public vote alone: most supports, or the best pairwise
 *   score, by the challenge's measure (ties broken by the overall rank). An idea with no supports
 *   (or no pairwise score) is not eligible. A People's Choice prize with a category only considers
 *   that category.
 *
 * One idea wins at most one panel prize (overall or category), so an earlier prize in position
 * order takes precedence; People's Choice is the public's separate award and can stack with a
 * panel prize, but one idea wins at most one People's Choice slot. A slot with no eligible idea
 * left gets `ideaId: null`. `tieBreak` marks a winner separated from the next eligible idea only
 * by a tie-break (a tied final score, or equal supports / pairwise score).
 */
import { compareStrings } from './ranking';
import type { PrizeAllocation, PrizeDefinition, PrizeTier, Ranking, RankingRow } from './types';

export function allocatePrizes(ranking: Ranking, prizes: readonly PrizeDefinition[]): PrizeAllocation[] {
  const seen = new Set<string>();
  for (const p of prizes) {
    if (seen.has(p.id)) throw new RangeError(`prize ${p.id} is listed twice`);
    seen.add(p.id);
    if (!Number.isInteger(p.count) || p.count < 1) throw new RangeError(`prize ${p.id} needs a count of 1 or more`);
    if (!(p.amountPence >= 0)) throw new RangeError(`prize ${p.id} needs an amount of 0 or more`);
  }
  const byRank = [...ranking.rows].sort((a, b) => a.rank - b.rank);
  const byPublicVote = publicVoteOrder(ranking, byRank);
  const panelWinners = new Set<string>();
  const peoplesWinners = new Set<string>();
  const epsilon = ranking.tieEpsilon;
  const sameFinal = (a: RankingRow, b: RankingRow): boolean => Math.abs(a.finalScore - b.finalScore) <= epsilon;
  const samePublic = (a: RankingRow, b: RankingRow): boolean =>
    ranking.publicVoteMeasure === 'pairwise'
      ? Math.abs((a.pairwiseScore ?? 0) - (b.pairwiseScore ?? 0)) <= epsilon
      : a.voteCount === b.voteCount;

  const allocations: PrizeAllocation[] = [];
  const ordered = [...prizes].sort((a, b) => a.position - b.position || compareStrings(a.id, b.id));
  for (const prize of ordered) {
    const tier: PrizeTier = prize.peoplesChoice ? 'peoples_choice' : prize.category !== null ? 'category' : 'overall';
    const winners = tier === 'peoples_choice' ? peoplesWinners : panelWinners;
    const candidates = (tier === 'peoples_choice' ? byPublicVote : byRank).filter(
      (row) => !winners.has(row.ideaId) && inCategory(row, prize.category),
    );
    const tied = tier === 'peoples_choice' ? samePublic : sameFinal;
    for (let slot = 0; slot < prize.count; slot++) {
      const winner = candidates[slot];
      const next = candidates[slot + 1];
      if (winner) winners.add(winner.ideaId);
      allocations.push({
        prizeId: prize.id,
        slot,
        tier,
        category: prize.category,
        ideaId: winner?.ideaId ?? null,
        amountPence: prize.amountPence,
        tieBreak: winner !== undefined && next !== undefined && tied(winner, next),
      });
    }
  }
  return allocations;
}

const inCategory = (row: RankingRow, category: string | null): boolean =>
  category === null || row.category === category || row.entrantCategory === category;

/** Eligible ideas by the public vote alone: supports or pairwise score descending, then overall rank. */
function publicVoteOrder(ranking: Ranking, byRank: RankingRow[]): RankingRow[] {
  if (ranking.publicVoteMeasure === 'pairwise') {
    return byRank
      .filter((row) => row.pairwiseScore !== null)
      .sort((a, b) => (b.pairwiseScore ?? 0) - (a.pairwiseScore ?? 0) || a.rank - b.rank);
  }
  return byRank.filter((row) => row.voteCount > 0).sort((a, b) => b.voteCount - a.voteCount || a.rank - b.rank);
}
