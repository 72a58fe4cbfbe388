/**
 * The next pair to show one person in pairwise voting. Pure: all randomness comes from the
 * `random` argument (uniform in [0, 1)), so a seeded generator gives repeatable choices.
 *
 * Rule: the first idea is the least-compared idea that still has a partner this person has
 * not seen it with (ties broken uniformly at random); its partner is the least-compared idea
 * among those unseen partners (ties at random). So a pair the person has seen is never shown
 * again while an unseen pair remains, and ideas with few comparisons are shown first, which is
 * where one more comparison tells the model most. The two are returned in random order
 * (left/right) so that screen position does not bias the votes.
 *
 * Cost: O(n + |seenPairs|) per call. Seen-pair keys are `${a}|${b}` with a < b (see `pairKey`);
 * ids must not contain '|', and keys naming unknown ideas are ignored.
 */

export type PairCandidate = { id: string; comparisons: number };
export type ChosenPair = { left: string; right: string; key: string };

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function choosePair(
  ideas: readonly PairCandidate[],
  seenPairs: ReadonlySet<string>,
  random: () => number,
): ChosenPair | null {
  const n = ideas.length;
  if (n < 2) return null;
  const index = new Map<string, number>();
  ideas.forEach(({ id }, i) => {
    if (index.has(id)) throw new RangeError(`duplicate idea id: ${id}`);
    index.set(id, i);
  });

  // How many partners each idea has already been seen with.
  const seenDegree = new Int32Array(n);
  for (const key of seenPairs) {
    const bar = key.indexOf('|');
    const a = index.get(key.slice(0, bar));
    const b = index.get(key.slice(bar + 1));
    if (bar < 0 || a === undefined || b === undefined || a === b) continue;
    seenDegree[a]++;
    seenDegree[b]++;
  }

  const first = pickLeastCompared(ideas, (i) => seenDegree[i] < n - 1, random);
  if (first < 0) return null;
  const firstId = ideas[first].id;
  const second = pickLeastCompared(ideas, (j) => j !== first && !seenPairs.has(pairKey(firstId, ideas[j].id)), random);
  if (second < 0) return null; // unreachable: `first` has an unseen partner
  const secondId = ideas[second].id;
  const [left, right] = random() < 0.5 ? [firstId, secondId] : [secondId, firstId];
  return { left, right, key: pairKey(firstId, secondId) };
}

/** Index of the eligible idea with the fewest comparisons, ties by reservoir sampling; −1 if none. */
function pickLeastCompared(
  ideas: readonly PairCandidate[],
  eligible: (i: number) => boolean,
  random: () => number,
): number {
  let best = -1;
  let fewest = Infinity;
  let ties = 0;
  for (let i = 0; i < ideas.length; i++) {
    const c = ideas[i].comparisons;
    if (best >= 0 && !(c <= fewest)) continue; // cheap test first: `eligible` may build a key
    if (!eligible(i)) continue;
    if (best < 0 || c < fewest) {
      best = i;
      fewest = c;
      ties = 1;
    } else if (c === fewest && random() * ++ties < 1) {
      best = i;
    }
  }
  return best;
}
