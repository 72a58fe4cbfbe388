/**
 * The panel score, the public score and the final ranking of a challenge's shortlist. Pure and
 * deterministic: the result does not depend on the order of the input rows (sums are taken over
 * sorted values), so anyone recomputing from the open-data export gets the same numbers.
 *
 * 1. Weighted total. For judge j and idea i, with criteria c (weight w_c, range min_c…max_c):
 *      T(j, i) = 100 · Σ_c w_c · (s_c − min_c) / (max_c − min_c) / Σ_c w_c      (0–100)
 *    Only when j has a submitted score for every criterion of the rubric; an incomplete set is
 *    left out entirely (counted in `incompleteScoreSets`) rather than guessed.
 * 2. Normalisation. For each judge, over the shortlisted ideas that judge scored completely:
 *      z(j, i) = (T(j, i) − mean_j) / sd_j     (population standard deviation)
 *    so a harsh or a lenient judge contributes the same spread. A judge with one idea, or whose
 *    totals are all equal (sd below 1e-9), gets z = 0 for every idea: they express no preference.
 * 3. Panel score P(i) = mean of z(j, i) over the judges who scored i (0 when none did), shown with
 *    the raw average R(i) = mean of T(j, i). Panel scaled: p(i) = (P(i) − min P) / (max P − min P)
 *    over the shortlist, 0.5 for every idea when all panel scores are equal.
 * 4. Public score v(i) in [0, 1]: supports → votes(i) ÷ the most votes of any shortlisted idea
 *    (0 when nobody voted); pairwise → the Bradley–Terry score (chance of beating a random other
 *    idea), 0.5 (average) for an idea with no pairwise score.
 * 5. Final score F(i) = (1 − w) · p(i) + w · v(i), w the challenge's published public-vote weight.
 * 6. Order: F descending. Ideas whose final scores are within `tieEpsilon` of a neighbour form a
 *    tie group, are flagged `tie`, and are ordered inside the group by P (descending), then v
 *    (descending), then idea id: every idea gets a distinct rank 1…n, the admin decides ties.
 * 7. Flags: `disagreement` when max z − min z over the idea's judges exceeds the threshold
 *    (default 2: one judge puts it two of their own standard deviations higher than another);
 *    `too_few_judges` when fewer than two judges scored it completely.
 */
import type {
  JudgeTotal,
  PublicVoteInput,
  Ranking,
  RankingInput,
  RankingRow,
  ResultFlag,
  RubricCriterionInput,
} from './types';

export const DEFAULT_DISAGREEMENT_THRESHOLD = 2;
export const DEFAULT_TIE_EPSILON = 1e-9;
/** A judge whose totals have a standard deviation below this has expressed no preference. */
const NO_SPREAD = 1e-9;

/** "judge 2" before "judge 10"; only for display order, never for a computed number. */
const naturalOrder = new Intl.Collator('en', { numeric: true });

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Σ of the values in ascending order: the same float whatever order they came in. */
function sortedSum(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return sum;
}

const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : sortedSum(values) / values.length);

type JudgeIdeaScores = { ideaIndex: number; scores: Float64Array };

export function computeRanking(input: RankingInput): Ranking {
  const w = input.publicVoteWeight;
  if (!(w >= 0 && w <= 1)) throw new RangeError(`publicVoteWeight must be between 0 and 1, not ${w}`);
  const disagreementThreshold = input.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD;
  const tieEpsilon = input.tieEpsilon ?? DEFAULT_TIE_EPSILON;
  if (!(disagreementThreshold >= 0)) throw new RangeError('disagreementThreshold must be 0 or more');
  if (!(tieEpsilon >= 0)) throw new RangeError('tieEpsilon must be 0 or more');

  const criteria = validateCriteria(input.criteria);
  const ideaIndex = new Map<string, number>();
  input.ideas.forEach((idea, i) => {
    if (ideaIndex.has(idea.ideaId)) throw new RangeError(`idea ${idea.ideaId} is listed twice`);
    ideaIndex.set(idea.ideaId, i);
  });

  const byJudge = collectScores(input, criteria.index, ideaIndex);
  const totalsOf = weightedTotal(criteria.list);

  // Per judge: totals, then z-scores; gathered per idea.
  const perIdea: JudgeTotal[][] = input.ideas.map(() => []);
  let incompleteScoreSets = 0;
  let judgeCount = 0;
  for (const [judge, sets] of byJudge) {
    const complete = sets.filter((set) => set.scores.every((s) => !Number.isNaN(s)));
    incompleteScoreSets += sets.length - complete.length;
    if (complete.length === 0) continue;
    judgeCount++;
    const totals = complete.map((set) => totalsOf(set.scores));
    const mu = mean(totals);
    const sd = Math.sqrt(mean(totals.map((t) => (t - mu) ** 2)));
    complete.forEach((set, k) => {
      perIdea[set.ideaIndex].push({
        judge,
        total: totals[k],
        normalised: complete.length < 2 || sd < NO_SPREAD ? 0 : (totals[k] - mu) / sd,
        criteria: criteria.list.map((c, ci) => ({ criterionId: c.id, score: set.scores[ci] })),
      });
    });
  }

  const publicScores = publicScoresOf(input, ideaIndex);
  const panel = perIdea.map((judges) => mean(judges.map((j) => j.normalised)));
  let low = Infinity;
  let high = -Infinity;
  for (const p of panel) {
    if (p < low) low = p;
    if (p > high) high = p;
  }
  const panelRange = high - low;

  const rows: RankingRow[] = input.ideas.map((idea, i) => {
    const judges = perIdea[i].sort(
      (a, b) => naturalOrder.compare(a.judge, b.judge) || compareStrings(a.judge, b.judge),
    );
    const zs = judges.map((j) => j.normalised);
    const spread = zs.length < 2 ? 0 : Math.max(...zs) - Math.min(...zs);
    const panelScaled = panelRange > 0 ? (panel[i] - low) / panelRange : 0.5;
    const flags: ResultFlag[] = [];
    if (spread > disagreementThreshold) flags.push('disagreement');
    if (judges.length < 2) flags.push('too_few_judges');
    return {
      ideaId: idea.ideaId,
      category: idea.category,
      entrantCategory: idea.entrantCategory ?? null,
      rank: 0,
      panelScore: panel[i],
      panelScaled,
      panelRawAverage: mean(judges.map((j) => j.total)),
      publicScore: publicScores.score[i],
      voteCount: publicScores.vote[i].voteCount,
      pairwiseScore: publicScores.vote[i].pairwiseScore,
      finalScore: (1 - w) * panelScaled + w * publicScores.score[i],
      judgeCount: judges.length,
      spread,
      flags,
      judges,
    };
  });

  return {
    rows: orderAndFlagTies(rows, tieEpsilon),
    publicVoteWeight: w,
    publicVoteMeasure: input.publicVoteMeasure,
    disagreementThreshold,
    tieEpsilon,
    judgeCount,
    incompleteScoreSets,
  };
}

type Criteria = { list: RubricCriterionInput[]; index: Map<string, number> };

function validateCriteria(criteria: readonly RubricCriterionInput[]): Criteria {
  if (criteria.length === 0) throw new RangeError('the rubric has no criteria');
  const index = new Map<string, number>();
  criteria.forEach((c, i) => {
    if (index.has(c.id)) throw new RangeError(`criterion ${c.id} is listed twice`);
    if (!(c.weight > 0) || !Number.isFinite(c.weight))
      throw new RangeError(`criterion ${c.id} needs a positive weight`);
    if (!(c.minScore < c.maxScore) || !Number.isFinite(c.maxScore - c.minScore)) {
      throw new RangeError(`criterion ${c.id} needs minScore < maxScore`);
    }
    index.set(c.id, i);
  });
  return { list: [...criteria], index };
}

/** Per judge (in label order), their score sets per shortlisted idea; missing criteria are NaN. */
function collectScores(
  input: RankingInput,
  criterionIndex: Map<string, number>,
  ideaIndex: Map<string, number>,
): Map<string, JudgeIdeaScores[]> {
  const perJudge = new Map<string, Map<number, Float64Array>>();
  const criteriaCount = criterionIndex.size;
  for (const { judge, ideaId, criterionId, score } of input.scores) {
    const i = ideaIndex.get(ideaId);
    const c = criterionIndex.get(criterionId);
    if (i === undefined || c === undefined) continue;
    const criterion = input.criteria[c];
    if (!(score >= criterion.minScore && score <= criterion.maxScore)) {
      throw new RangeError(
        `score ${score} by ${judge} for idea ${ideaId} is outside ${criterion.minScore}–${criterion.maxScore} (criterion ${criterionId})`,
      );
    }
    let ideas = perJudge.get(judge);
    if (!ideas) perJudge.set(judge, (ideas = new Map<number, Float64Array>()));
    let scores = ideas.get(i);
    if (!scores) ideas.set(i, (scores = new Float64Array(criteriaCount).fill(NaN)));
    if (!Number.isNaN(scores[c])) {
      throw new RangeError(`${judge} has two scores for idea ${ideaId} on criterion ${criterionId}`);
    }
    scores[c] = score;
  }
  const judges = [...perJudge.keys()].sort(compareStrings);
  return new Map(
    judges.map((judge) => [
      judge,
      [...(perJudge.get(judge) ?? new Map<number, Float64Array>())]
        .sort((a, b) => a[0] - b[0])
        .map(([ideaIndexOf, scores]) => ({ ideaIndex: ideaIndexOf, scores })),
    ]),
  );
}

/** T = 100 · Σ w·(s − min)/(max − min) / Σ w, summed in criterion-id order. */
function weightedTotal(criteria: readonly RubricCriterionInput[]): (scores: Float64Array) => number {
  const order = criteria.map((_, i) => i).sort((a, b) => compareStrings(criteria[a].id, criteria[b].id));
  let weightSum = 0;
  for (const c of order) weightSum += criteria[c].weight;
  return (scores) => {
    let sum = 0;
    for (const c of order) {
      const { weight, minScore, maxScore } = criteria[c];
      sum += (weight * (scores[c] - minScore)) / (maxScore - minScore);
    }
    return (100 * sum) / weightSum;
  };
}

function publicScoresOf(
  input: RankingInput,
  ideaIndex: Map<string, number>,
): { score: Float64Array; vote: PublicVoteInput[] } {
  const vote: PublicVoteInput[] = input.ideas.map((idea) => ({
    ideaId: idea.ideaId,
    voteCount: 0,
    pairwiseScore: null,
  }));
  const seen = new Set<string>();
  for (const row of input.votes) {
    const i = ideaIndex.get(row.ideaId);
    if (i === undefined) continue;
    if (seen.has(row.ideaId)) throw new RangeError(`idea ${row.ideaId} has two public vote rows`);
    seen.add(row.ideaId);
    if (!(row.voteCount >= 0) || !Number.isFinite(row.voteCount)) {
      throw new RangeError(`idea ${row.ideaId} has an invalid vote count`);
    }
    if (row.pairwiseScore !== null && !(row.pairwiseScore >= 0 && row.pairwiseScore <= 1)) {
      throw new RangeError(`idea ${row.ideaId} has a pairwise score outside 0–1`);
    }
    vote[i] = { ideaId: row.ideaId, voteCount: row.voteCount, pairwiseScore: row.pairwiseScore };
  }
  const score = new Float64Array(vote.length);
  if (input.publicVoteMeasure === 'pairwise') {
    vote.forEach((v, i) => (score[i] = v.pairwiseScore ?? 0.5));
  } else {
    const most = vote.reduce((m, v) => Math.max(m, v.voteCount), 0);
    if (most > 0) vote.forEach((v, i) => (score[i] = v.voteCount / most));
  }
  return { score, vote };
}

/** Inside a tie group: panel score, then public score (both descending), then idea id. */
const tieBreak = (a: RankingRow, b: RankingRow): number =>
  b.panelScore - a.panelScore || b.publicScore - a.publicScore || compareStrings(a.ideaId, b.ideaId);

function orderAndFlagTies(rows: RankingRow[], epsilon: number): RankingRow[] {
  const sorted = [...rows].sort((a, b) => b.finalScore - a.finalScore || tieBreak(a, b));
  const ordered: RankingRow[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end - 1].finalScore - sorted[end].finalScore <= epsilon) end++;
    const group = sorted.slice(start, end);
    if (group.length > 1) {
      group.sort(tieBreak);
      for (const row of group) row.flags.unshift('tie');
    }
    ordered.push(...group);
    start = end;
  }
  ordered.forEach((row, i) => (row.rank = i + 1));
  return ordered;
}
