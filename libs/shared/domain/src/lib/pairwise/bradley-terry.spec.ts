import fc from 'fast-check';
import { fitBradleyTerry, type PairwiseComparison } from './bradley-terry';
import { mulberry32, simulateComparisons, spearmanCorrelation } from './synthetic';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `idea-${String(i).padStart(4, '0')}`);
const evenlySpaced = (n: number, from: number, to: number): number[] =>
  Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
const repeat = (times: number, comparison: PairwiseComparison): PairwiseComparison[] =>
  Array.from({ length: times }, () => comparison);
const byScoreDescending = (scores: number[]): number[] => scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
const trueScores = (theta: number[]): number[] =>
  theta.map(
    (t, i) => theta.reduce((sum, u, j) => (j === i ? sum : sum + 1 / (1 + Math.exp(u - t))), 0) / (theta.length - 1),
  );

describe('fitBradleyTerry', () => {
  describe('on 20,000 comparisons simulated from 50 ideas with a known, evenly spaced true order', () => {
    const ideaIds = ids(50);
    const truth = evenlySpaced(50, -2.5, 2.5);
    const fit = fitBradleyTerry(ideaIds, simulateComparisons(ideaIds, truth, 20_000, mulberry32(2026)));
    const scores = fit.scores.map((s) => s.score);

    it('converges', () => {
      expect(fit.converged).toBe(true);
      expect(fit.ignoredComparisons).toBe(0);
    });

    it('recovers the true order (Spearman > 0.95)', () => {
      expect(spearmanCorrelation(scores, truth)).toBeGreaterThan(0.95);
      expect(
        spearmanCorrelation(
          fit.scores.map((s) => s.strength),
          truth,
        ),
      ).toBeGreaterThan(0.95);
    });

    // True neighbours are 0.10 apart on the θ scale and a top idea's se(θ) is ≈ 0.1, so swaps of
    // adjacent ideas are expected noise; a top-5 idea more than two places out would not be.
    it('puts only true top-7 ideas in its top 5, with the true best in its top 3', () => {
      const top5 = byScoreDescending(scores).slice(0, 5);
      for (const i of top5) expect(i).toBeGreaterThanOrEqual(43);
      expect(byScoreDescending(scores).slice(0, 3)).toContain(49);
    });

    it('gives scores in (0, 1) that average 0.5 and strengths that average 0', () => {
      for (const s of scores) {
        expect(s).toBeGreaterThan(0);
        expect(s).toBeLessThan(1);
      }
      expect(scores.reduce((a, b) => a + b) / scores.length).toBeCloseTo(0.5, 12);
      expect(fit.scores.reduce((a, s) => a + s.strength, 0)).toBeCloseTo(0, 9);
    });

    it('gives 95 % intervals that contain the true score for most ideas', () => {
      const expected = trueScores(truth);
      const covered = fit.scores.filter((s, i) => s.scoreLower <= expected[i] && expected[i] <= s.scoreUpper);
      expect(covered.length).toBeGreaterThanOrEqual(43);
      for (const s of fit.scores) {
        expect(s.scoreLower).toBeLessThan(s.score);
        expect(s.scoreUpper).toBeGreaterThan(s.score);
      }
    });

    it('counts wins, losses and comparisons per idea', () => {
      expect(fit.scores.reduce((a, s) => a + s.wins, 0)).toBe(20_000);
      expect(fit.scores.reduce((a, s) => a + s.losses, 0)).toBe(20_000);
      for (const s of fit.scores) expect(s.comparisons).toBe(s.wins + s.losses);
    });
  });

  it('gives an idea that always wins the top score, with a finite strength and an interval below 1', () => {
    const [a, b, c, d] = ids(4);
    const comparisons = [
      ...repeat(5, { winner: a, loser: b }),
      ...repeat(5, { winner: a, loser: c }),
      ...repeat(5, { winner: a, loser: d }),
      ...repeat(3, { winner: b, loser: c }),
      ...repeat(2, { winner: c, loser: b }),
      ...repeat(3, { winner: c, loser: d }),
      ...repeat(2, { winner: d, loser: c }),
    ];
    const fit = fitBradleyTerry([a, b, c, d], comparisons);
    const [top, ...rest] = fit.scores;
    expect(Number.isFinite(top.strength)).toBe(true);
    for (const other of rest) expect(top.score).toBeGreaterThan(other.score);
    expect(top.score).toBeLessThan(1);
    expect(top.scoreUpper).toBeLessThan(1);
    expect(top).toMatchObject({ wins: 15, losses: 0, comparisons: 15 });
  });

  it('gives an idea with no comparisons a score near 0.5 with a wide interval', () => {
    const ideaIds = ids(21);
    const truth = evenlySpaced(20, -1, 1);
    const comparisons = simulateComparisons(ideaIds.slice(0, 20), truth, 4_000, mulberry32(7));
    const fit = fitBradleyTerry(ideaIds, comparisons);
    const lonely = fit.scores[20];
    expect(lonely).toMatchObject({ wins: 0, losses: 0, comparisons: 0 });
    expect(lonely.score).toBeGreaterThan(0.45);
    expect(lonely.score).toBeLessThan(0.55);
    expect(lonely.scoreLower).toBeLessThan(0.1);
    expect(lonely.scoreUpper).toBeGreaterThan(0.9);
    for (const s of fit.scores.slice(0, 20)) expect(s.scoreUpper - s.scoreLower).toBeLessThan(0.3);
  });

  it('narrows every interval as comparisons accumulate', () => {
    const ideaIds = ids(10);
    const truth = evenlySpaced(10, -1.5, 1.5);
    const all = simulateComparisons(ideaIds, truth, 10_000, mulberry32(11));
    const few = fitBradleyTerry(ideaIds, all.slice(0, 1_000));
    const many = fitBradleyTerry(ideaIds, all);
    few.scores.forEach((s, i) => {
      expect(many.scores[i].scoreUpper - many.scores[i].scoreLower).toBeLessThan(s.scoreUpper - s.scoreLower);
    });
  });

  it('gives equal scores of 0.5 to ideas in a symmetric cycle', () => {
    const [a, b, c] = ids(3);
    const comparisons = [
      ...repeat(4, { winner: a, loser: b }),
      ...repeat(4, { winner: b, loser: c }),
      ...repeat(4, { winner: c, loser: a }),
    ];
    for (const s of fitBradleyTerry([a, b, c], comparisons).scores) {
      expect(s.score).toBeCloseTo(0.5, 9);
      expect(s.strength).toBeCloseTo(0, 9);
    }
  });

  it('ignores self-comparisons and comparisons naming unknown ideas, and rejects duplicate ids', () => {
    const [a, b] = ids(2);
    const fit = fitBradleyTerry(
      [a, b],
      [
        { winner: a, loser: b },
        { winner: a, loser: a },
        { winner: 'unknown', loser: b },
        { winner: b, loser: 'unknown' },
      ],
    );
    expect(fit.ignoredComparisons).toBe(3);
    expect(fit.scores[0]).toMatchObject({ wins: 1, losses: 0 });
    expect(fit.scores[1]).toMatchObject({ wins: 0, losses: 1 });
    expect(() => fitBradleyTerry([a, a], [])).toThrow(RangeError);
  });

  it('handles no ideas and a single idea', () => {
    expect(fitBradleyTerry([], []).scores).toEqual([]);
    const [only] = fitBradleyTerry(['x'], []).scores;
    expect(only).toMatchObject({ strength: 0, score: 0.5, comparisons: 0 });
  });

  it('is deterministic and independent of the order of the comparisons', () => {
    const ideaIds = ids(8);
    const comparisons = simulateComparisons(ideaIds, evenlySpaced(8, -1, 1), 500, mulberry32(3));
    const forward = fitBradleyTerry(ideaIds, comparisons);
    const reversed = fitBradleyTerry(ideaIds, [...comparisons].reverse());
    expect(fitBradleyTerry(ideaIds, comparisons)).toEqual(forward);
    reversed.scores.forEach((s, i) => expect(s.score).toBeCloseTo(forward.scores[i].score, 5));
  });

  it('approximates scores within 0.001 of the exact values above the exact-size threshold', () => {
    const ideaIds = ids(2_100);
    const truth = evenlySpaced(2_100, -4, 4);
    const comparisons = simulateComparisons(ideaIds, truth, 60_000, mulberry32(5));
    // Both fits stop at the same (looser) point, so they differ only in how scores are summed.
    const exact = fitBradleyTerry(ideaIds, comparisons, { exactScoreMaxIdeas: Infinity, tolerance: 1e-3 });
    const binned = fitBradleyTerry(ideaIds, comparisons, { tolerance: 1e-3 });
    let worst = 0;
    binned.scores.forEach((s, i) => {
      worst = Math.max(
        worst,
        Math.abs(s.score - exact.scores[i].score),
        Math.abs(s.scoreLower - exact.scores[i].scoreLower),
        Math.abs(s.scoreUpper - exact.scores[i].scoreUpper),
      );
    });
    expect(worst).toBeLessThan(0.001);
    expect(
      spearmanCorrelation(
        binned.scores.map((s) => s.score),
        truth,
      ),
    ).toBeGreaterThan(0.95);
  });

  it('always gives finite scores in (0, 1) averaging 0.5 and intervals around them (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 60 }),
        (n, pairs) => {
          const ideaIds = ids(n);
          const comparisons = pairs.map(([w, l]) => ({ winner: ideaIds[w % n], loser: ideaIds[l % n] }));
          const fit = fitBradleyTerry(ideaIds, comparisons);
          expect(fit.converged).toBe(true);
          let total = 0;
          for (const s of fit.scores) {
            expect(Number.isFinite(s.strength)).toBe(true);
            expect(s.score).toBeGreaterThan(0);
            expect(s.score).toBeLessThan(1);
            expect(s.scoreLower).toBeLessThanOrEqual(s.score);
            expect(s.scoreUpper).toBeGreaterThanOrEqual(s.score);
            total += s.score;
          }
          expect(total / n).toBeCloseTo(0.5, 9);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
