/**
 * Synthetic pairwise data with a known true order, for the tests and `npm run bench:pairwise`.
 */
import type { PairwiseComparison } from './bradley-terry';

/** Mulberry32: a small, fast, seeded 32-bit PRNG returning floats in [0, 1). Not for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` comparisons between uniformly random distinct pairs of ideas, each won by i against
 * j with the Bradley–Terry probability σ(θi − θj) of the true strengths.
 */
export function simulateComparisons(
  ideaIds: readonly string[],
  trueStrengths: readonly number[],
  count: number,
  random: () => number,
): PairwiseComparison[] {
  const n = ideaIds.length;
  if (n < 2) return [];
  const comparisons = new Array<PairwiseComparison>(count);
  for (let k = 0; k < count; k++) {
    const i = Math.floor(random() * n);
    let j = Math.floor(random() * (n - 1));
    if (j >= i) j++;
    const iWins = random() < 1 / (1 + Math.exp(trueStrengths[j] - trueStrengths[i]));
    comparisons[k] = iWins ? { winner: ideaIds[i], loser: ideaIds[j] } : { winner: ideaIds[j], loser: ideaIds[i] };
  }
  return comparisons;
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearmanCorrelation(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const n = x.length;
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) ** 2;
    syy += (ry[i] - mean) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function ranks(values: readonly number[]): Float64Array {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const rank = new Float64Array(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    for (let k = start; k <= end; k++) rank[order[k]] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return rank;
}
