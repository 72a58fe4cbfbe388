import fc from 'fast-check';
import { computeRanking } from './ranking';
import { syntheticChallenge } from './synthetic';
import type { JudgeScoreInput, RankingInput, RankingRow } from './types';

const ONE_CRITERION = [{ id: 'overall', weight: 1, minScore: 0, maxScore: 10 }];
const idea = (ideaId: string, category: string | null = null) => ({ ideaId, category });
/** Scores on the single 0–10 criterion: { judge: { idea: score } }. */
const singleScores = (byJudge: Record<string, Record<string, number>>): JudgeScoreInput[] =>
  Object.entries(byJudge).flatMap(([judge, ideas]) =>
    Object.entries(ideas).map(([ideaId, score]) => ({ judge, ideaId, criterionId: 'overall', score })),
  );
const base = (overrides: Partial<RankingInput>): RankingInput => ({
  criteria: ONE_CRITERION,
  scores: [],
  ideas: [],
  votes: [],
  publicVoteWeight: 0,
  publicVoteMeasure: 'supports',
  ...overrides,
});
const row = (rows: RankingRow[], ideaId: string): RankingRow => {
  const found = rows.find((r) => r.ideaId === ideaId);
  if (!found) throw new Error(`no row for ${ideaId}`);
  return found;
};
const order = (rows: RankingRow[]): string[] => rows.map((r) => r.ideaId);
const SQRT_1_5 = Math.sqrt(1.5);

describe('computeRanking', () => {
  it('computes the weighted total on the 0–100 scale from each criterion’s range and weight', () => {
    const { rows } = computeRanking(
      base({
        criteria: [
          { id: 'impact', weight: 2, minScore: 0, maxScore: 10 },
          { id: 'ease', weight: 1, minScore: 1, maxScore: 5 },
        ],
        ideas: [idea('a')],
        // impact 6/10 → 0.6, ease 4 on 1–5 → 0.75: 100 · (2·0.6 + 1·0.75) / 3 = 65
        scores: [
          { judge: 'j', ideaId: 'a', criterionId: 'impact', score: 6 },
          { judge: 'j', ideaId: 'a', criterionId: 'ease', score: 4 },
        ],
      }),
    );
    expect(rows[0].judges[0].total).toBeCloseTo(65, 12);
    expect(rows[0].judges[0].criteria).toEqual([
      { criterionId: 'impact', score: 6 },
      { criterionId: 'ease', score: 4 },
    ]);
    expect(rows[0].panelRawAverage).toBeCloseTo(65, 12);
  });

  describe('the worked example with a harsh and a lenient judge', () => {
    // H is harsh (2–4), L is lenient (7–9), N is in between; each idea has two judges.
    //   H: A 4, B 3, C 2        L: B 9, C 8, D 7        N: A 7, D 3
    // Raw averages: A 55, B 60, C 50, D 50: B would win only because the lenient judge saw it.
    // z: H: A +√1.5, B 0, C −√1.5   L: B +√1.5, C 0, D −√1.5   N: A +1, D −1
    // Panel: A (√1.5 + 1)/2 ≈ 1.112, B √1.5/2 ≈ 0.612, C −0.612, D −1.112: A first, as both of
    // its judges rated it their best.
    const input = base({
      ideas: ['A', 'B', 'C', 'D'].map((id) => idea(id)),
      scores: singleScores({ H: { A: 4, B: 3, C: 2 }, L: { B: 9, C: 8, D: 7 }, N: { A: 7, D: 3 } }),
    });
    const { rows } = computeRanking(input);

    it('ranks by the normalised panel score, not by the raw average', () => {
      expect(order(rows)).toEqual(['A', 'B', 'C', 'D']);
      const raw = [...rows].sort((a, b) => b.panelRawAverage - a.panelRawAverage);
      expect(raw[0].ideaId).toBe('B');
    });

    it('gives the hand-computed z-scores, panel scores and raw averages', () => {
      expect(row(rows, 'A').judges.map((j) => [j.judge, j.total, j.normalised])).toEqual([
        ['H', 40, expect.closeTo(SQRT_1_5, 12)],
        ['N', 70, expect.closeTo(1, 12)],
      ]);
      expect(row(rows, 'A').panelScore).toBeCloseTo((SQRT_1_5 + 1) / 2, 12);
      expect(row(rows, 'B').panelScore).toBeCloseTo(SQRT_1_5 / 2, 12);
      expect(row(rows, 'C').panelScore).toBeCloseTo(-SQRT_1_5 / 2, 12);
      expect(row(rows, 'D').panelScore).toBeCloseTo(-(SQRT_1_5 + 1) / 2, 12);
      expect(rows.map((r) => r.panelRawAverage)).toEqual([55, 60, 50, 50]);
      expect(rows.map((r) => r.judgeCount)).toEqual([2, 2, 2, 2]);
    });

    it('scales the panel score to 0…1 over the shortlist and, with no public weight, ranks by it', () => {
      expect(row(rows, 'A').panelScaled).toBe(1);
      expect(row(rows, 'D').panelScaled).toBe(0);
      const middle = (SQRT_1_5 / 2 + (SQRT_1_5 + 1) / 2) / (SQRT_1_5 + 1);
      expect(row(rows, 'B').panelScaled).toBeCloseTo(middle, 12);
      expect(rows.map((r) => r.finalScore)).toEqual(rows.map((r) => r.panelScaled));
      expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    });
  });

  it('gives a harsh and a lenient judge who agree on the order the same normalised scores', () => {
    const { rows } = computeRanking(
      base({
        ideas: ['x', 'y', 'z'].map((id) => idea(id)),
        scores: singleScores({ harsh: { x: 2, y: 3, z: 4 }, lenient: { x: 7, y: 8, z: 9 } }),
      }),
    );
    expect(order(rows)).toEqual(['z', 'y', 'x']);
    for (const r of rows) {
      expect(r.judges[0].normalised).toBeCloseTo(r.judges[1].normalised, 12);
      expect(r.spread).toBeCloseTo(0, 12);
      expect(r.flags).toEqual([]);
    }
  });

  it('does not let a harsh or lenient shift of one judge’s scores change any normalised score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (shifted, other, shift) => {
          const ideas = shifted.map((_, i) => idea(`i${i}`));
          const scores = (offset: number): JudgeScoreInput[] =>
            singleScores({
              a: Object.fromEntries(shifted.map((s, i) => [`i${i}`, s + offset])),
              b: Object.fromEntries(shifted.map((_, i) => [`i${i}`, other[i]])),
            });
          const before = computeRanking(base({ ideas, scores: scores(0) })).rows;
          const after = computeRanking(base({ ideas, scores: scores(shift) })).rows;
          for (const r of before) {
            const s = row(after, r.ideaId);
            expect(s.panelScore).toBeCloseTo(r.panelScore, 9);
            expect(s.panelRawAverage).toBeCloseTo(r.panelRawAverage + (shift * 100) / 10 / 2, 9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives z = 0 to a judge with one idea or with equal totals, and leaves out incomplete score sets', () => {
    const ranking = computeRanking(
      base({
        criteria: [
          { id: 'c1', weight: 1, minScore: 0, maxScore: 10 },
          { id: 'c2', weight: 1, minScore: 0, maxScore: 10 },
        ],
        ideas: [idea('p'), idea('q')],
        scores: [
          // "flat" gives both ideas the same total by different scores: no preference.
          { judge: 'flat', ideaId: 'p', criterionId: 'c1', score: 3 },
          { judge: 'flat', ideaId: 'p', criterionId: 'c2', score: 7 },
          { judge: 'flat', ideaId: 'q', criterionId: 'c1', score: 6 },
          { judge: 'flat', ideaId: 'q', criterionId: 'c2', score: 4 },
          { judge: 'single', ideaId: 'q', criterionId: 'c1', score: 9 },
          { judge: 'single', ideaId: 'q', criterionId: 'c2', score: 9 },
          // only one criterion: left out
          { judge: 'partial', ideaId: 'p', criterionId: 'c1', score: 10 },
        ],
      }),
    );
    expect(ranking.incompleteScoreSets).toBe(1);
    expect(ranking.judgeCount).toBe(2);
    const p = row(ranking.rows, 'p');
    const q = row(ranking.rows, 'q');
    expect(p.judges.map((j) => [j.judge, j.normalised])).toEqual([['flat', 0]]);
    expect(q.judges.map((j) => [j.judge, j.normalised])).toEqual([
      ['flat', 0],
      ['single', 0],
    ]);
    expect(p.flags).toContain('too_few_judges');
    expect(q.flags).not.toContain('too_few_judges');
  });

  it('lists an idea’s judges in natural label order', () => {
    const { rows } = computeRanking(
      base({
        ideas: [idea('a')],
        scores: singleScores({ 'judge 10': { a: 3 }, 'judge 2': { a: 4 }, 'judge 1': { a: 5 } }),
      }),
    );
    expect(rows[0].judges.map((j) => j.judge)).toEqual(['judge 1', 'judge 2', 'judge 10']);
  });

  describe('ties', () => {
    it('flags ideas with equal final scores, orders them by panel score, then public score, then id', () => {
      const { rows } = computeRanking(
        base({
          ideas: ['t1', 't2', 'top', 'low', 't3'].map((id) => idea(id)),
          // Panel scaled: top 1, t1 = t2 = t3 = 0.5, low 0; votes: t3 most, t1 = t2.
          scores: singleScores({
            j1: { top: 9, t1: 5, t2: 5, t3: 5, low: 1 },
            j2: { top: 9, t1: 5, t2: 5, t3: 5, low: 1 },
          }),
          votes: [
            { ideaId: 't1', voteCount: 5, pairwiseScore: null },
            { ideaId: 't2', voteCount: 5, pairwiseScore: null },
            { ideaId: 't3', voteCount: 10, pairwiseScore: null },
          ],
          publicVoteWeight: 0,
        }),
      );
      expect(order(rows)).toEqual(['top', 't3', 't1', 't2', 'low']);
      expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
      expect(rows.map((r) => r.flags.includes('tie'))).toEqual([false, true, true, true, false]);
    });

    it('treats final scores within tieEpsilon as tied and farther apart as not', () => {
      const input = base({
        ideas: [idea('a'), idea('b'), idea('c')],
        scores: singleScores({ j1: { a: 2, b: 5, c: 8 }, j2: { a: 2, b: 5, c: 8 } }),
        votes: [
          { ideaId: 'a', voteCount: 1000, pairwiseScore: null },
          { ideaId: 'b', voteCount: 999, pairwiseScore: null },
        ],
        publicVoteWeight: 0.5,
      });
      // a: 0.5·0 + 0.5·1 = 0.5; b: 0.5·0.5 + 0.5·0.999 = 0.7495; c: 0.5 · 1 = 0.5 → a and c tie.
      const exact = computeRanking(input).rows;
      expect(order(exact)).toEqual(['b', 'c', 'a']);
      expect(exact.map((r) => r.flags.includes('tie'))).toEqual([false, true, true]);
      const loose = computeRanking({ ...input, tieEpsilon: 0.3 }).rows;
      expect(loose.every((r) => r.flags.includes('tie'))).toBe(true);
    });
  });

  describe('disagreement', () => {
    const input = base({
      ideas: ['split', 'calm', 'x', 'y'].map((id) => idea(id)),
      scores: singleScores({
        fan: { split: 10, calm: 5, x: 4, y: 3 },
        critic: { split: 0, calm: 6, x: 6, y: 7 },
        third: { split: 6, calm: 5, x: 5, y: 6 },
      }),
    });

    it('flags an idea whose judges’ normalised totals spread more than the threshold (default 2)', () => {
      const { rows, disagreementThreshold } = computeRanking(input);
      expect(disagreementThreshold).toBe(2);
      const split = row(rows, 'split');
      // fan: totals 100, 50, 40, 30 → z(split) = 1.67; critic: 0, 60, 60, 70 → z(split) = −1.71
      expect(split.spread).toBeCloseTo(45 / Math.sqrt(725) + 47.5 / Math.sqrt(768.75), 12);
      expect(split.flags).toEqual(['disagreement']);
      // y: fan −0.93, critic +0.81, third +1: a spread of 1.93 is not flagged
      expect(row(rows, 'y').spread).toBeCloseTo(25 / Math.sqrt(725) + 1, 12);
      expect(rows.filter((r) => r.flags.length > 0).map((r) => r.ideaId)).toEqual(['split']);
    });

    it('uses the threshold given', () => {
      const { rows } = computeRanking({ ...input, disagreementThreshold: 10 });
      expect(rows.every((r) => !r.flags.includes('disagreement'))).toBe(true);
    });
  });

  describe('the combined formula', () => {
    // Two judges score 2, 5, 8: z −√1.5, 0, +√1.5 → panel scaled 0, 0.5, 1.
    const scores = singleScores({ j1: { low: 2, mid: 5, high: 8 }, j2: { low: 2, mid: 5, high: 8 } });
    const ideas = [idea('high'), idea('mid'), idea('low')];

    it('with w = 0.3 and supports: 70 % panel scaled + 30 % supports ÷ most supports', () => {
      const { rows } = computeRanking(
        base({
          ideas,
          scores,
          votes: [
            { ideaId: 'high', voteCount: 10, pairwiseScore: null },
            { ideaId: 'mid', voteCount: 40, pairwiseScore: null },
            { ideaId: 'low', voteCount: 20, pairwiseScore: null },
          ],
          publicVoteWeight: 0.3,
        }),
      );
      // high: 0.7·1 + 0.3·0.25 = 0.775; mid: 0.7·0.5 + 0.3·1 = 0.65; low: 0 + 0.3·0.5 = 0.15
      expect(rows.map((r) => [r.ideaId, r.publicScore])).toEqual([
        ['high', 0.25],
        ['mid', 1],
        ['low', 0.5],
      ]);
      expect(rows.map((r) => r.finalScore)).toEqual([
        expect.closeTo(0.775, 12),
        expect.closeTo(0.65, 12),
        expect.closeTo(0.15, 12),
      ]);
    });

    it('lets the public vote overturn the panel when its weight is high enough', () => {
      const votes = [
        { ideaId: 'high', voteCount: 0, pairwiseScore: null },
        { ideaId: 'mid', voteCount: 100, pairwiseScore: null },
      ];
      // mid beats high iff 0.5(1 − w) + w > (1 − w), i.e. w > 1/3
      expect(order(computeRanking(base({ ideas, scores, votes, publicVoteWeight: 0.3 })).rows)[0]).toBe('high');
      expect(order(computeRanking(base({ ideas, scores, votes, publicVoteWeight: 0.4 })).rows)[0]).toBe('mid');
    });

    it('with the pairwise measure uses the pairwise score, 0.5 for an idea without one', () => {
      const { rows } = computeRanking(
        base({
          ideas,
          scores,
          votes: [
            { ideaId: 'high', voteCount: 0, pairwiseScore: 0.2 },
            { ideaId: 'mid', voteCount: 99, pairwiseScore: 0.9 },
          ],
          publicVoteWeight: 0.3,
          publicVoteMeasure: 'pairwise',
        }),
      );
      // high: 0.7·1 + 0.3·0.2 = 0.76; mid: 0.7·0.5 + 0.3·0.9 = 0.62; low: 0.7·0 + 0.3·0.5 = 0.15
      expect(rows.map((r) => [r.ideaId, r.publicScore])).toEqual([
        ['high', 0.2],
        ['mid', 0.9],
        ['low', 0.5],
      ]);
      expect(row(rows, 'high').finalScore).toBeCloseTo(0.76, 12);
      expect(row(rows, 'mid').finalScore).toBeCloseTo(0.62, 12);
      expect(row(rows, 'low').finalScore).toBeCloseTo(0.15, 12);
    });

    it('gives every idea a public score of 0 when nobody voted, and 0.5 panel scaled when the panel cannot separate them', () => {
      const { rows } = computeRanking(
        base({ ideas, scores: singleScores({ j1: { low: 5, mid: 5, high: 5 } }), publicVoteWeight: 0.3 }),
      );
      for (const r of rows) {
        expect(r.publicScore).toBe(0);
        expect(r.panelScaled).toBe(0.5);
        expect(r.finalScore).toBeCloseTo(0.35, 12);
      }
    });
  });

  it('gives the same numbers whatever order the rows come in', () => {
    const { input } = syntheticChallenge({ ideas: 30, judges: 8, criteria: 3, judgesPerIdea: 3, seed: 5 });
    const expected = computeRanking(input);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const copy = [...xs];
          let state = seed >>> 0;
          for (let i = copy.length - 1; i > 0; i--) {
            state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
            const j = state % (i + 1);
            [copy[i], copy[j]] = [copy[j], copy[i]];
          }
          return copy;
        };
        const shuffled = computeRanking({
          ...input,
          scores: shuffle(input.scores),
          ideas: shuffle(input.ideas),
          votes: shuffle(input.votes),
          criteria: shuffle(input.criteria),
        });
        expect(shuffled.rows.map((r) => [r.ideaId, r.rank, r.finalScore, r.panelScore, r.panelRawAverage])).toEqual(
          expected.rows.map((r) => [r.ideaId, r.rank, r.finalScore, r.panelScore, r.panelRawAverage]),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('recovers most of the true order of a synthetic challenge despite harsh and lenient judges', () => {
    const { input, quality } = syntheticChallenge({ ideas: 60, judges: 12, criteria: 4, judgesPerIdea: 4 });
    const { rows } = computeRanking({ ...input, publicVoteWeight: 0 });
    const best = quality.indexOf(Math.max(...quality));
    expect(rows.slice(0, 5).map((r) => r.ideaId)).toContain(input.ideas[best].ideaId);
  });

  describe('refuses inconsistent input', () => {
    it.each([
      ['a score outside its criterion’s range', { scores: singleScores({ j: { a: 11 } }) }, /outside 0–10/],
      [
        'two scores for one judge, idea and criterion',
        { scores: [...singleScores({ j: { a: 1 } }), ...singleScores({ j: { a: 2 } })] },
        /two scores/,
      ],
      ['a public vote weight above 1', { publicVoteWeight: 1.5 }, /between 0 and 1/],
      ['a criterion without a range', { criteria: [{ id: 'c', weight: 1, minScore: 5, maxScore: 5 }] }, /minScore/],
      ['an idea listed twice', { ideas: [idea('a'), idea('a')] }, /listed twice/],
    ])('%s', (_, overrides, message) => {
      expect(() => computeRanking(base({ ideas: [idea('a')], ...overrides }))).toThrow(message);
    });
  });
});
