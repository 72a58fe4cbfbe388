import { allocatePrizes } from './prizes';
import { computeRanking } from './ranking';
import { recomputeFromExport, type ExportForRecompute } from './recompute';
import { syntheticChallenge } from './synthetic';

/** What the API publishes for a synthetic challenge, built with the same functions. */
function publishedExport(measure: 'supports' | 'pairwise' = 'supports'): ExportForRecompute {
  const { input, prizes } = syntheticChallenge({
    ideas: 40,
    judges: 9,
    criteria: 4,
    judgesPerIdea: 3,
    publicVoteMeasure: measure,
    seed: 11,
  });
  const ranking = computeRanking(input);
  const awards = allocatePrizes(ranking, prizes);
  const votes = new Map(input.votes.map((v) => [v.ideaId, v]));
  return {
    challenge: { publicVoteWeight: input.publicVoteWeight, publicVoteMeasure: input.publicVoteMeasure },
    criteria: input.criteria,
    prizes,
    ideas: [
      ...input.ideas.map((idea) => ({
        id: idea.ideaId,
        category: idea.category,
        shortlisted: true,
        voteCount: votes.get(idea.ideaId)?.voteCount ?? 0,
        pairwiseScore: votes.get(idea.ideaId)?.pairwiseScore ?? null,
      })),
      { id: 'not-shortlisted', category: null, shortlisted: false, voteCount: 999, pairwiseScore: 0.99 },
    ],
    // Submitted scores in a different order from the one they were computed in.
    judgeScores: [...input.scores].reverse(),
    results: ranking.rows.map(({ ideaId, rank, panelScore, panelRawAverage, publicScore, finalScore }) => ({
      ideaId,
      rank,
      panelScore,
      panelRawAverage,
      publicScore,
      finalScore,
    })),
    awards: awards.map(({ prizeId, slot, ideaId, amountPence }) => ({
      prizeId,
      slot,
      ideaId,
      amountPence,
      overridden: false,
    })),
  };
}

describe('recomputeFromExport', () => {
  it.each(['supports', 'pairwise'] as const)('matches an unchanged export (%s measure)', (measure) => {
    const report = recomputeFromExport(publishedExport(measure));
    expect(report.mismatches).toEqual([]);
    expect(report.matches).toBe(true);
    expect(report.ranking.rows).toHaveLength(40);
    expect(report.awards.filter((a) => a.ideaId !== null).length).toBeGreaterThan(4);
  });

  it('detects one changed judge score', () => {
    const data = publishedExport();
    const criterion = new Map(data.criteria.map((c) => [c.id, c]));
    const judgeScores = data.judgeScores.map((s, i) => {
      if (i !== 17) return s;
      const { maxScore } = criterion.get(s.criterionId) ?? { maxScore: 0 };
      return { ...s, score: s.score === maxScore ? s.score - 1 : s.score + 1 };
    });
    const report = recomputeFromExport({ ...data, judgeScores });
    expect(report.matches).toBe(false);
    expect(report.mismatches.some((m) => m.includes('final score'))).toBe(true);
    expect(report.mismatches.some((m) => m.includes('raw panel average'))).toBe(true);
  });

  it('detects a changed vote count and a changed rank', () => {
    const data = publishedExport();
    const top = data.results[0].ideaId;
    const ideas = data.ideas.map((idea) => (idea.id === top ? { ...idea, voteCount: idea.voteCount + 1 } : idea));
    expect(recomputeFromExport({ ...data, ideas }).mismatches.join('\n')).toMatch(/public score/);
    const results = data.results.map((r, i) => (i < 2 ? { ...r, rank: 2 - i } : r));
    expect(recomputeFromExport({ ...data, results }).mismatches).toEqual([
      `idea ${data.results[0].ideaId}: rank 2 published, 1 recomputed`,
      `idea ${data.results[1].ideaId}: rank 1 published, 2 recomputed`,
    ]);
  });

  it('detects a changed or missing award, but accepts an admin’s published override', () => {
    const data = publishedExport();
    const other = data.results[10].ideaId;
    const changed = data.awards.map((a, i) => (i === 0 ? { ...a, ideaId: other } : a));
    const report = recomputeFromExport({ ...data, awards: changed });
    expect(report.matches).toBe(false);
    expect(report.mismatches[0]).toMatch(/^prize prize-1st slot 0: idea .* published, .* recomputed$/);

    const overridden = data.awards.map((a, i) => (i === 0 ? { ...a, ideaId: other, overridden: true } : a));
    const accepted = recomputeFromExport({ ...data, awards: overridden });
    expect(accepted.matches).toBe(true);
    expect(accepted.overriddenAwards).toBe(1);

    expect(recomputeFromExport({ ...data, awards: data.awards.slice(1) }).mismatches).toEqual([
      'prize prize-1st slot 0: not in the published awards',
    ]);
  });

  it('detects an idea missing from the results or not on the shortlist', () => {
    const data = publishedExport();
    const results = [...data.results.slice(1), { ...data.results[0], ideaId: 'not-shortlisted' }];
    expect(recomputeFromExport({ ...data, results }).mismatches).toEqual([
      `idea ${data.results[0].ideaId}: shortlisted but missing from the published results`,
      'idea not-shortlisted: in the published results but not shortlisted',
    ]);
  });
});
