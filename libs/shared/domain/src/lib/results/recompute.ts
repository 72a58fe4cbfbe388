/**
 * Recompute a published ranking and its prize allocation from the open-data export (the
 * contract's `OpenDataExport`, typed here structurally) and compare them with what was published.
 * Used by `npm run results:recompute` (tools/recompute-results.ts).
 *
 * The ranking matches when every shortlisted idea has the same rank and its final, panel and
 * public scores are within `tolerance` (default 1e-9; the raw average, on the 0–100 scale, within
 * 100 × tolerance). The awards match when every prize slot names the same idea and amount, except
 * the slots an admin overrode (with a published reason): those are reported, not compared.
 */
import { allocatePrizes } from './prizes';
import { computeRanking } from './ranking';
import type { JudgeScoreInput, PrizeAllocation, PrizeDefinition, Ranking, VoteMeasure } from './types';

export type ExportForRecompute = {
  challenge: { publicVoteWeight: number; publicVoteMeasure: VoteMeasure };
  criteria: readonly { id: string; weight: number; minScore: number; maxScore: number }[];
  prizes: readonly PrizeDefinition[];
  ideas: readonly {
    id: string;
    category: string | null;
    entrantCategory?: string | null;
    shortlisted: boolean;
    voteCount: number;
    pairwiseScore: number | null;
  }[];
  judgeScores: readonly JudgeScoreInput[];
  results: readonly {
    ideaId: string;
    rank: number;
    panelScore: number;
    panelRawAverage: number;
    publicScore: number;
    finalScore: number;
  }[];
  awards: readonly { prizeId: string; slot: number; ideaId: string | null; amountPence: number; overridden: boolean }[];
};

export type RecomputeOptions = {
  tolerance?: number;
  /** Only if the challenge published non-default values (flags are not compared). */
  disagreementThreshold?: number;
  tieEpsilon?: number;
};

export type RecomputeReport = {
  matches: boolean;
  /** One line per difference, e.g. "idea 7f…: rank 2 published, 3 recomputed". */
  mismatches: string[];
  ranking: Ranking;
  awards: PrizeAllocation[];
  /** Published award slots overridden by an admin (not compared). */
  overriddenAwards: number;
};

export function recomputeFromExport(data: ExportForRecompute, options: RecomputeOptions = {}): RecomputeReport {
  const tolerance = options.tolerance ?? 1e-9;
  const shortlisted = data.ideas.filter((idea) => idea.shortlisted);
  const ranking = computeRanking({
    criteria: data.criteria,
    scores: data.judgeScores,
    ideas: shortlisted.map((idea) => ({
      ideaId: idea.id,
      category: idea.category,
      entrantCategory: idea.entrantCategory ?? null,
    })),
    votes: shortlisted.map((idea) => ({
      ideaId: idea.id,
      voteCount: idea.voteCount,
      pairwiseScore: idea.pairwiseScore,
    })),
    publicVoteWeight: data.challenge.publicVoteWeight,
    publicVoteMeasure: data.challenge.publicVoteMeasure,
    disagreementThreshold: options.disagreementThreshold,
    tieEpsilon: options.tieEpsilon,
  });
  const awards = allocatePrizes(ranking, data.prizes);
  const mismatches = [...compareRanking(ranking, data.results, tolerance)];
  const overridden = compareAwards(awards, data.awards, mismatches);
  return { matches: mismatches.length === 0, mismatches, ranking, awards, overriddenAwards: overridden };
}

function* compareRanking(ranking: Ranking, published: ExportForRecompute['results'], tolerance: number) {
  const publishedById = new Map(published.map((row) => [row.ideaId, row]));
  const close = (a: number, b: number, scale = 1): boolean => Math.abs(a - b) <= tolerance * scale;
  for (const row of ranking.rows) {
    const p = publishedById.get(row.ideaId);
    if (!p) {
      yield `idea ${row.ideaId}: shortlisted but missing from the published results`;
      continue;
    }
    publishedById.delete(row.ideaId);
    if (p.rank !== row.rank) yield `idea ${row.ideaId}: rank ${p.rank} published, ${row.rank} recomputed`;
    const fields = [
      ['final score', p.finalScore, row.finalScore, 1],
      ['panel score', p.panelScore, row.panelScore, 1],
      ['public score', p.publicScore, row.publicScore, 1],
      ['raw panel average', p.panelRawAverage, row.panelRawAverage, 100],
    ] as const;
    for (const [name, was, now, scale] of fields) {
      if (!close(was, now, scale)) yield `idea ${row.ideaId}: ${name} ${was} published, ${now} recomputed`;
    }
  }
  for (const id of publishedById.keys()) yield `idea ${id}: in the published results but not shortlisted`;
}

function compareAwards(
  awards: readonly PrizeAllocation[],
  published: ExportForRecompute['awards'],
  mismatches: string[],
): number {
  const key = (prizeId: string, slot: number): string => `${prizeId}#${slot}`;
  const publishedByKey = new Map(published.map((a) => [key(a.prizeId, a.slot), a]));
  let overridden = 0;
  for (const award of awards) {
    const k = key(award.prizeId, award.slot);
    const p = publishedByKey.get(k);
    if (!p) {
      mismatches.push(`prize ${award.prizeId} slot ${award.slot}: not in the published awards`);
      continue;
    }
    publishedByKey.delete(k);
    if (p.amountPence !== award.amountPence) {
      mismatches.push(
        `prize ${award.prizeId} slot ${award.slot}: ${p.amountPence}p published, ${award.amountPence}p recomputed`,
      );
    }
    if (p.overridden) {
      overridden++;
      continue;
    }
    if (p.ideaId !== award.ideaId) {
      mismatches.push(
        `prize ${award.prizeId} slot ${award.slot}: idea ${p.ideaId ?? 'none'} published, ${award.ideaId ?? 'none'} recomputed`,
      );
    }
  }
  for (const k of publishedByKey.keys()) mismatches.push(`prize slot ${k}: published but not a slot of any prize`);
  return overridden;
}
