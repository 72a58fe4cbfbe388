/**
 * Bradley–Terry scores for pairwise ("which is better?") voting. Pure and deterministic.
 *
 * Model: idea i beats idea j with probability σ(θi − θj), σ(x) = 1 / (1 + e^−x).
 *
 * Fit: Hunter's (2004) MM algorithm on πi = e^θi, run cyclically (each idea updated in turn
 * with the latest values of the others; every update still increases the posterior). The
 * comparisons are first aggregated into per-idea win counts and per-pair comparison counts,
 * so one sweep costs O(#distinct pairs), not O(#comparisons).
 *
 * Prior: every idea gets `priorComparisons` pseudo-comparisons (default 1) against a virtual
 * average idea fixed at θ = 0, half won and half lost. That is a weak, log-concave prior
 * centred on "average": an idea that won every comparison gets a large but finite strength,
 * an idea with no comparisons stays at θ ≈ 0 (score ≈ 0.5) with a wide interval, and the
 * model is identifiable even when the comparison graph is disconnected. After the fit the
 * strengths are shifted so that their mean is exactly 0 (scores do not depend on the shift).
 *
 * Input: ideas are identified by `ideaIds` (duplicates are rejected). A comparison naming an
 * id not in `ideaIds` is ignored and counted in `ignoredComparisons` (an idea hidden or
 * withdrawn after people compared it simply drops out instead of failing the whole fit);
 * self-comparisons are ignored and counted the same way.
 *
 * Score: the estimated probability of beating a randomly chosen OTHER idea,
 * si = mean over j ≠ i of σ(θi − θj); the scores average exactly 0.5.
 * For n ≤ `exactScoreMaxIdeas` (default 2,000) it is computed exactly, O(n²). Above that the
 * other strengths are histogrammed into bins of width h = 0.05 and each bin is represented by
 * its count and the mean of its strengths, O(n · #bins). The linear Taylor term cancels
 * within a bin, so the error per term is at most ½·max|σ''|·h² = ½ · 0.0962 · 0.0025 ≈ 1.2e-4,
 * and so is the error of the mean: well under 0.001.
 *
 * Interval (95 %): se(θi) = 1 / sqrt(Ii) from the observed Fisher information,
 * Ii = Σj nij pij (1 − pij) + prior · σ(θi)(1 − σ(θi)), with the other strengths held fixed
 * (a conditional, slightly optimistic approximation that ignores their uncertainty). The
 * interval θi ± 1.96·se(θi) is mapped through the score, which is increasing in θi:
 * [s(θi − 1.96 se), s(θi + 1.96 se)]. It always lies inside (0, 1).
 */

export type PairwiseComparison = { winner: string; loser: string };

export type BradleyTerryOptions = {
  /** Pseudo-comparisons per idea against a virtual average idea (half won, half lost). Default 1. */
  priorComparisons?: number;
  /** Stop when the largest change of any θ in one sweep is below this. Default 1e-6. */
  tolerance?: number;
  /** Default 10,000 sweeps. */
  maxIterations?: number;
  /** Exact O(n²) scores up to this many ideas, the histogram approximation above. Default 2,000. */
  exactScoreMaxIdeas?: number;
};

export type IdeaPairwiseScore = {
  ideaId: string;
  /** θ on the log-odds scale, centred so that the mean over all ideas is 0. */
  strength: number;
  /** Estimated probability of beating a randomly chosen other idea, in (0, 1). */
  score: number;
  /** 95 % interval on `score`. */
  scoreLower: number;
  scoreUpper: number;
  wins: number;
  losses: number;
  comparisons: number;
};

export type BradleyTerryFit = {
  /** One entry per idea, in the order of `ideaIds`. */
  scores: IdeaPairwiseScore[];
  iterations: number;
  converged: boolean;
  /** Comparisons ignored because they named an unknown idea or compared an idea with itself. */
  ignoredComparisons: number;
};

const Z_95 = 1.959963984540054;
/** Histogram bin width for the approximate scores (see the error bound above). */
const SCORE_BIN_WIDTH = 0.05;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function fitBradleyTerry(
  ideaIds: readonly string[],
  comparisons: readonly PairwiseComparison[],
  options: BradleyTerryOptions = {},
): BradleyTerryFit {
  const prior = options.priorComparisons ?? 1;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 10_000;
  const exactScoreMaxIdeas = options.exactScoreMaxIdeas ?? 2_000;
  if (!(prior > 0)) throw new RangeError('priorComparisons must be positive');

  const n = ideaIds.length;
  const index = new Map<string, number>();
  ideaIds.forEach((id, i) => {
    if (index.has(id)) throw new RangeError(`duplicate idea id: ${id}`);
    index.set(id, i);
  });

  // Aggregate: wins and losses per idea, comparison counts per unordered pair (key lo·n + hi).
  const wins = new Float64Array(n);
  const losses = new Float64Array(n);
  const keys = new Float64Array(comparisons.length);
  let valid = 0;
  for (const { winner, loser } of comparisons) {
    const w = index.get(winner);
    const l = index.get(loser);
    if (w === undefined || l === undefined || w === l) continue;
    wins[w]++;
    losses[l]++;
    keys[valid++] = w < l ? w * n + l : l * n + w;
  }
  const pairs = aggregatePairs(keys.subarray(0, valid).sort(), n);
  const graph = buildAdjacency(pairs, n);

  // Cyclic MM with the virtual average idea fixed at π0 = 1.
  const pi = new Float64Array(n).fill(1);
  const { rowStart, neighbour, count } = graph;
  let iterations = 0;
  let converged = n === 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    let maxDelta = 0;
    for (let i = 0; i < n; i++) {
      const pii = pi[i];
      let denominator = prior / (pii + 1);
      for (let k = rowStart[i]; k < rowStart[i + 1]; k++) denominator += count[k] / (pii + pi[neighbour[k]]);
      const next = (wins[i] + prior / 2) / denominator;
      const delta = Math.abs(Math.log(next / pii));
      if (delta > maxDelta) maxDelta = delta;
      pi[i] = next;
    }
    const shift = bestCommonShift(pi);
    if (shift !== 0) for (let i = 0; i < n; i++) pi[i] *= Math.exp(shift);
    converged = maxDelta + Math.abs(shift) < tolerance;
  }

  const theta = new Float64Array(n);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    theta[i] = Math.log(pi[i]);
    mean += theta[i] / n;
  }

  // Standard errors from the Fisher information (uncentred θ: the virtual idea sits at 0).
  const se = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p0 = sigmoid(theta[i]);
    let information = prior * p0 * (1 - p0);
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const p = sigmoid(theta[i] - theta[neighbour[k]]);
      information += count[k] * p * (1 - p);
    }
    se[i] = 1 / Math.sqrt(information);
  }
  for (let i = 0; i < n; i++) theta[i] -= mean;

  const meanWinProbability = n <= exactScoreMaxIdeas ? exactMeanWinProbability(theta) : binnedMeanWinProbability(theta);
  const scores = ideaIds.map((ideaId, i): IdeaPairwiseScore => {
    const halfWidth = Z_95 * se[i];
    return {
      ideaId,
      strength: theta[i],
      score: meanWinProbability(theta[i], i),
      scoreLower: meanWinProbability(theta[i] - halfWidth, i),
      scoreUpper: meanWinProbability(theta[i] + halfWidth, i),
      wins: wins[i],
      losses: losses[i],
      comparisons: wins[i] + losses[i],
    };
  });
  return { scores, iterations, converged, ignoredComparisons: comparisons.length - valid };
}

/**
 * The shift c of every θ that maximises the posterior with the rest fixed. Real comparisons do
 * not depend on a common shift, only the prior does, so c solves Σi (½ − σ(θi + c)) = 0
 * (Newton). Without this block step, MM moves the overall level only through the weak prior and
 * needs thousands of sweeps.
 */
function bestCommonShift(pi: Float64Array): number {
  const n = pi.length;
  let c = 0;
  for (let step = 0; step < 50; step++) {
    let gradient = 0;
    let curvature = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(Math.log(pi[i]) + c);
      gradient += 0.5 - p;
      curvature += p * (1 - p);
    }
    if (!(curvature > 0)) break;
    const move = Math.max(-1, Math.min(1, gradient / curvature));
    c += move;
    if (Math.abs(move) < 1e-12) break;
  }
  return c;
}

type PairCounts = { lo: Int32Array; hi: Int32Array; count: Float64Array; length: number };

/** Run-length counts of sorted pair keys. */
function aggregatePairs(sortedKeys: Float64Array, n: number): PairCounts {
  const lo = new Int32Array(sortedKeys.length);
  const hi = new Int32Array(sortedKeys.length);
  const count = new Float64Array(sortedKeys.length);
  let length = 0;
  for (let k = 0; k < sortedKeys.length; k++) {
    if (k > 0 && sortedKeys[k] === sortedKeys[k - 1]) {
      count[length - 1]++;
      continue;
    }
    lo[length] = Math.floor(sortedKeys[k] / n);
    hi[length] = sortedKeys[k] - lo[length] * n;
    count[length] = 1;
    length++;
  }
  return { lo, hi, count, length };
}

type Adjacency = { rowStart: Int32Array; neighbour: Int32Array; count: Float64Array };

/** Compressed sparse rows: each distinct pair appears in the rows of both ideas. */
function buildAdjacency(pairs: PairCounts, n: number): Adjacency {
  const rowStart = new Int32Array(n + 1);
  for (let p = 0; p < pairs.length; p++) {
    rowStart[pairs.lo[p] + 1]++;
    rowStart[pairs.hi[p] + 1]++;
  }
  for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
  const fill = rowStart.slice(0, n);
  const neighbour = new Int32Array(2 * pairs.length);
  const count = new Float64Array(2 * pairs.length);
  for (let p = 0; p < pairs.length; p++) {
    const a = pairs.lo[p];
    const b = pairs.hi[p];
    neighbour[fill[a]] = b;
    count[fill[a]++] = pairs.count[p];
    neighbour[fill[b]] = a;
    count[fill[b]++] = pairs.count[p];
  }
  return { rowStart, neighbour, count };
}

/** (t, i) ↦ mean over j ≠ i of σ(t − θj); 0.5 when there is no other idea. */
type MeanWinProbability = (t: number, self: number) => number;

function exactMeanWinProbability(theta: Float64Array): MeanWinProbability {
  const n = theta.length;
  return (t, self) => {
    if (n < 2) return 0.5;
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== self) sum += sigmoid(t - theta[j]);
    return sum / (n - 1);
  };
}

function binnedMeanWinProbability(theta: Float64Array): MeanWinProbability {
  const n = theta.length;
  let min = Infinity;
  let max = -Infinity;
  for (const t of theta) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const binCount = Math.floor((max - min) / SCORE_BIN_WIDTH) + 1;
  const binTotal = new Float64Array(binCount);
  const binSize = new Float64Array(binCount);
  for (const t of theta) {
    const b = Math.floor((t - min) / SCORE_BIN_WIDTH);
    binTotal[b] += t;
    binSize[b]++;
  }
  const size: number[] = [];
  const centre: number[] = [];
  for (let b = 0; b < binCount; b++) {
    if (binSize[b] === 0) continue;
    size.push(binSize[b]);
    centre.push(binTotal[b] / binSize[b]);
  }
  return (t, self) => {
    let sum = -sigmoid(t - theta[self]);
    for (let b = 0; b < size.length; b++) sum += size[b] * sigmoid(t - centre[b]);
    return sum / (n - 1);
  };
}
