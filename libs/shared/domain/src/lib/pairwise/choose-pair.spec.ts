import fc from 'fast-check';
import { choosePair, pairKey, type PairCandidate } from './choose-pair';
import { mulberry32 } from './synthetic';

const candidates = (counts: number[]): PairCandidate[] =>
  counts.map((comparisons, i) => ({ id: `idea-${String(i).padStart(3, '0')}`, comparisons }));
const allPairs = (ideas: PairCandidate[]): string[] =>
  ideas.flatMap((a, i) => ideas.slice(i + 1).map((b) => pairKey(a.id, b.id)));

describe('choosePair', () => {
  it('never repeats a pair a person has seen while unseen pairs remain, then returns null (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { minLength: 2, maxLength: 12 }),
        fc.integer(),
        fc.array(fc.nat(), { maxLength: 30 }),
        (counts, seed, preSeen) => {
          const ideas = candidates(counts);
          const every = allPairs(ideas);
          const seen = new Set(preSeen.map((k) => every[k % every.length]));
          const random = mulberry32(seed);
          while (seen.size < every.length) {
            const pair = choosePair(ideas, seen, random);
            expect(pair).not.toBeNull();
            if (!pair) return;
            expect(pair.left).not.toBe(pair.right);
            expect(pair.key).toBe(pairKey(pair.left, pair.right));
            expect(seen.has(pair.key)).toBe(false);
            seen.add(pair.key);
          }
          expect(choosePair(ideas, seen, random)).toBeNull();
        },
      ),
      { seed: 4, numRuns: 200 },
    );
  });

  it('always includes a least-compared idea that still has an unseen partner (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 2, maxLength: 15 }), fc.integer(), (counts, seed) => {
        const ideas = candidates(counts);
        const pair = choosePair(ideas, new Set(), mulberry32(seed));
        const fewest = Math.min(...counts);
        const chosen = ideas.filter((i) => i.id === pair?.left || i.id === pair?.right);
        expect(chosen.some((i) => i.comparisons === fewest)).toBe(true);
        // The partner is the least-compared of the rest.
        const others = [...counts].sort((a, b) => a - b);
        expect(chosen.map((i) => i.comparisons).sort((a, b) => a - b)).toEqual(others.slice(0, 2));
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('pairs the two least-compared ideas', () => {
    const ideas = candidates([9, 2, 7, 0, 5]);
    const pair = choosePair(ideas, new Set(), mulberry32(1));
    expect([pair?.left, pair?.right].sort()).toEqual(['idea-001', 'idea-003']);
  });

  it('moves on from the least-compared idea once this person has seen it with every other idea', () => {
    const ideas = candidates([0, 5, 6, 7]);
    const seen = new Set(['idea-001', 'idea-002', 'idea-003'].map((id) => pairKey('idea-000', id)));
    const pair = choosePair(ideas, seen, mulberry32(1));
    expect([pair?.left, pair?.right].sort()).toEqual(['idea-001', 'idea-002']);
  });

  it('breaks ties between equally compared ideas at random, reaching each of them', () => {
    const ideas = candidates([3, 3, 3, 3]);
    const random = mulberry32(99);
    const shown = new Set<string>();
    for (let k = 0; k < 200; k++) {
      const pair = choosePair(ideas, new Set(), random);
      if (pair) shown.add(pair.key);
    }
    expect(shown.size).toBe(6);
  });

  it('returns null when all pairs are seen or there are fewer than two ideas', () => {
    const ideas = candidates([1, 2, 3]);
    expect(choosePair(ideas, new Set(allPairs(ideas)), mulberry32(1))).toBeNull();
    expect(choosePair(candidates([4]), new Set(), mulberry32(1))).toBeNull();
    expect(choosePair([], new Set(), mulberry32(1))).toBeNull();
  });

  it('ignores seen-pair keys that name unknown ideas and rejects duplicate ids', () => {
    const ideas = candidates([0, 0]);
    expect(choosePair(ideas, new Set(['ghost|idea-000', 'nonsense']), mulberry32(1))).not.toBeNull();
    expect(() => choosePair([...ideas, ideas[0]], new Set(), mulberry32(1))).toThrow(RangeError);
  });
});
