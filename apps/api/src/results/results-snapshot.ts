import type { OpenDataExport, PrizeAward, RankedIdea, Results, ResultsMethod } from '@challenge/contract';
import { allocatePrizes, computeRanking, methodFormula, PrizeDefinition, RankingRow } from '@challenge/domain';
import type {
  AwardInsert,
  CriterionRow,
  JudgeScoreRow,
  ListedIdeaRow,
  OverrideRow,
  PrizeRow,
  ResultsChallengeRow,
} from './results.repository';

export const OGL = 'Open Government Licence v3.0';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** The open data as computed; the licence, the time of the download and the publication date are added when served. */
export type OpenDataSnapshot = Omit<OpenDataExport, 'licence' | 'licenceUrl' | 'generatedAt' | 'challenge'> & {
  challenge: Omit<OpenDataExport['challenge'], 'resultsPublishedAt'>;
};

/**
 * Everything the results page and the open data show, computed in one go. Stored in
 * challenge_results.computed when the admin confirms, so what is published never changes
 * afterwards (a reopened score or a late vote invalidation does not move a published ranking).
 */
export type ResultsSnapshot = {
  version: 1;
  computedAt: string;
  ranking: RankedIdea[];
  awards: PrizeAward[];
  method: ResultsMethod;
  openData: OpenDataSnapshot;
};

export type ResultsInputs = {
  challenge: ResultsChallengeRow;
  criteria: CriterionRow[];
  ideas: ListedIdeaRow[];
  /** Bradley–Terry scores by idea (empty when the challenge has no pairwise voting). */
  pairwise: ReadonlyMap<string, { score: number; comparisons: number }>;
  scores: JudgeScoreRow[];
  conflictsHandled: number;
  prizes: PrizeRow[];
  overrides: OverrideRow[];
  computedAt: Date;
};

const judgeNumber = (label: string): number => Number(label.replace(/^judge /, ''));
const slotKey = (prizeId: string, slot: number): string => `${prizeId}#${slot}`;

/**
 * Runs the published method (the domain's computeRanking, allocatePrizes and methodFormula) on the
 * inputs, applies the admin's overrides, and returns the snapshot with the computed allocation of
 * every slot that is not overridden (what confirming stores in prize_awards).
 */
export function buildSnapshot(inputs: ResultsInputs): { snapshot: ResultsSnapshot; computedAwards: AwardInsert[] } {
  const { challenge } = inputs;
  const publicVoteWeight = Number(challenge.public_vote_weight ?? 0);
  const publicVoteMeasure = challenge.public_vote_measure;
  const criteria = inputs.criteria.map((c) => ({
    id: c.id,
    name: c.name,
    nameCy: c.name_cy,
    weight: Number(c.weight),
    minScore: c.min_score,
    maxScore: c.max_score,
  }));
  const pairwiseOf = (ideaId: string): number | null =>
    challenge.pairwise_voting ? (inputs.pairwise.get(ideaId)?.score ?? null) : null;
  const ideas = inputs.ideas.map((i) => ({
    id: i.id,
    title: i.title,
    category: i.category,
    entrantCategory: i.entrant_category,
    shortlisted: i.shortlisted,
    voteCount: i.vote_count,
    pairwiseScore: pairwiseOf(i.id),
    comparisons: inputs.pairwise.get(i.id)?.comparisons ?? i.comparison_count,
  }));
  const shortlisted = ideas.filter((i) => i.shortlisted);
  const judgeScores = inputs.scores.map((s) => ({
    judge: s.judge,
    ideaId: s.idea_id,
    criterionId: s.criterion_id,
    score: s.score,
  }));

  const ranking = computeRanking({
    criteria,
    scores: judgeScores,
    ideas: shortlisted.map((i) => ({ ideaId: i.id, category: i.category, entrantCategory: i.entrantCategory })),
    votes: shortlisted.map((i) => ({ ideaId: i.id, voteCount: i.voteCount, pairwiseScore: i.pairwiseScore })),
    publicVoteWeight,
    publicVoteMeasure,
  });
  const prizes: (PrizeDefinition & { name: string; nameCy: string | null })[] = inputs.prizes.map((p) => ({
    id: p.id,
    name: p.name,
    nameCy: p.name_cy,
    amountPence: Number(p.amount_pence),
    count: p.count,
    category: p.category,
    peoplesChoice: p.peoples_choice,
    position: p.position,
  }));
  const allocations = allocatePrizes(ranking, prizes);

  const titles = new Map(ideas.map((i) => [i.id, i.title]));
  const prizeById = new Map(prizes.map((p) => [p.id, p]));
  const overrides = new Map(inputs.overrides.map((o) => [slotKey(o.prize_id, o.slot), o]));
  const awards: PrizeAward[] = allocations.map((a) => {
    const override = overrides.get(slotKey(a.prizeId, a.slot));
    const ideaId = override ? override.idea_id : a.ideaId;
    const prize = prizeById.get(a.prizeId);
    return {
      prizeId: a.prizeId,
      prizeName: prize?.name ?? '',
      prizeNameCy: prize?.nameCy ?? null,
      slot: a.slot,
      tier: a.tier,
      category: a.category,
      ideaId,
      ideaTitle: ideaId === null ? null : (titles.get(ideaId) ?? null),
      amountPence: a.amountPence,
      overridden: override !== undefined,
      overrideReason: override?.override_reason ?? null,
    };
  });
  const computedAwards = allocations
    .filter((a) => !overrides.has(slotKey(a.prizeId, a.slot)))
    .map((a) => ({ prizeId: a.prizeId, slot: a.slot, ideaId: a.ideaId, amountPence: a.amountPence }));

  const { formula, formulaCy } = methodFormula({
    publicVoteWeight,
    publicVoteMeasure,
    disagreementThreshold: ranking.disagreementThreshold,
  });
  const method: ResultsMethod = {
    criteria: criteria.map((c) => ({
      name: c.name,
      nameCy: c.nameCy,
      weight: c.weight,
      minScore: c.minScore,
      maxScore: c.maxScore,
    })),
    judgeCount: ranking.judgeCount,
    judgesPerIdea: challenge.judges_per_idea,
    normalisation: 'z-score per judge',
    panelWeight: 1 - publicVoteWeight,
    publicVoteWeight,
    publicVoteMeasure,
    formula,
    formulaCy,
    conflictsHandled: inputs.conflictsHandled,
    disagreementThreshold: ranking.disagreementThreshold,
    overrides: awards
      .filter((a) => a.overridden)
      .map((a) => ({ prizeName: a.prizeName, ideaTitle: a.ideaTitle, reason: a.overrideReason ?? '' })),
  };

  const snapshot: ResultsSnapshot = {
    version: 1,
    computedAt: inputs.computedAt.toISOString(),
    ranking: ranking.rows.map((row) => toRankedIdea(row, titles.get(row.ideaId) ?? '')),
    awards,
    method,
    openData: {
      challenge: {
        id: challenge.id,
        slug: challenge.slug,
        title: challenge.title,
        publicVoteWeight,
        publicVoteMeasure,
      },
      criteria: criteria.map((c) => ({
        id: c.id,
        name: c.name,
        weight: c.weight,
        minScore: c.minScore,
        maxScore: c.maxScore,
      })),
      prizes: prizes.map((p) => ({
        id: p.id,
        name: p.name,
        amountPence: p.amountPence,
        count: p.count,
        category: p.category,
        peoplesChoice: p.peoplesChoice,
        position: p.position,
      })),
      ideas,
      judgeScores,
      conflictsHandled: inputs.conflictsHandled,
      results: ranking.rows.map((row) => ({
        ideaId: row.ideaId,
        rank: row.rank,
        panelScore: row.panelScore,
        panelRawAverage: row.panelRawAverage,
        publicScore: row.publicScore,
        finalScore: row.finalScore,
      })),
      awards: awards.map((a) => ({
        prizeId: a.prizeId,
        slot: a.slot,
        ideaId: a.ideaId,
        amountPence: a.amountPence,
        overridden: a.overridden,
        overrideReason: a.overrideReason,
      })),
    },
  };
  return { snapshot, computedAwards };
}

function toRankedIdea(row: RankingRow, title: string): RankedIdea {
  return {
    ideaId: row.ideaId,
    title,
    category: row.category,
    rank: row.rank,
    panelScore: row.panelScore,
    panelRawAverage: row.panelRawAverage,
    publicScore: row.publicScore,
    voteCount: row.voteCount,
    pairwiseScore: row.pairwiseScore,
    finalScore: row.finalScore,
    judgeCount: row.judgeCount,
    flags: row.flags,
    judges: [...row.judges]
      .sort((a, b) => judgeNumber(a.judge) - judgeNumber(b.judge))
      .map((j) => ({ judge: j.judge, total: j.total, normalised: j.normalised, criteria: j.criteria })),
  };
}

export function toResults(
  snapshot: ResultsSnapshot,
  state: { confirmedAt: Date | null; publishedAt: Date | null; stale: boolean },
): Results {
  return {
    challengeId: snapshot.openData.challenge.id,
    status: state.publishedAt ? 'published' : state.confirmedAt ? 'confirmed' : 'draft',
    confirmedAt: state.confirmedAt?.toISOString() ?? null,
    publishedAt: state.publishedAt?.toISOString() ?? null,
    stale: state.stale,
    ranking: snapshot.ranking,
    awards: snapshot.awards,
    method: snapshot.method,
  };
}

/**
 * The open data as served: exactly the fields of OpenDataExport, in its order (the snapshot comes
 * back from jsonb with its keys reordered, and nothing else stored in it may leak out).
 */
export function toOpenData(snapshot: ResultsSnapshot, publishedAt: Date | null, generatedAt: Date): OpenDataExport {
  const d = snapshot.openData;
  return {
    licence: OGL,
    licenceUrl: OGL_URL,
    generatedAt: generatedAt.toISOString(),
    challenge: {
      id: d.challenge.id,
      slug: d.challenge.slug,
      title: d.challenge.title,
      resultsPublishedAt: publishedAt?.toISOString() ?? null,
      publicVoteWeight: d.challenge.publicVoteWeight,
      publicVoteMeasure: d.challenge.publicVoteMeasure,
    },
    criteria: d.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      weight: c.weight,
      minScore: c.minScore,
      maxScore: c.maxScore,
    })),
    prizes: d.prizes.map((p) => ({
      id: p.id,
      name: p.name,
      amountPence: p.amountPence,
      count: p.count,
      category: p.category,
      peoplesChoice: p.peoplesChoice,
      position: p.position,
    })),
    ideas: d.ideas.map((i) => ({
      id: i.id,
      title: i.title,
      category: i.category,
      entrantCategory: i.entrantCategory,
      shortlisted: i.shortlisted,
      voteCount: i.voteCount,
      pairwiseScore: i.pairwiseScore,
      comparisons: i.comparisons,
    })),
    judgeScores: d.judgeScores.map((s) => ({
      judge: s.judge,
      ideaId: s.ideaId,
      criterionId: s.criterionId,
      score: s.score,
    })),
    conflictsHandled: d.conflictsHandled,
    results: d.results.map((r) => ({
      ideaId: r.ideaId,
      rank: r.rank,
      panelScore: r.panelScore,
      panelRawAverage: r.panelRawAverage,
      publicScore: r.publicScore,
      finalScore: r.finalScore,
    })),
    awards: d.awards.map((a) => ({
      prizeId: a.prizeId,
      slot: a.slot,
      ideaId: a.ideaId,
      amountPence: a.amountPence,
      overridden: a.overridden,
      overrideReason: a.overrideReason,
    })),
  };
}
