import fc from 'fast-check';
import {
  assignJudges,
  type AssignJudgesInput,
  type AssignJudgesSuccess,
  type ExistingAssignment,
  type JudgeIdeaPair,
} from './assign-judges';

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const key = (p: JudgeIdeaPair): string => `${p.judgeId}|${p.ideaId}`;

function succeed(input: AssignJudgesInput): AssignJudgesSuccess {
  const result = assignJudges(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Every idea has exactly k distinct judges from the panel, none conflicted; loads add up. */
function expectValid(input: AssignJudgesInput, result: AssignJudgesSuccess): void {
  const conflicts = new Set(input.conflicts.map(key));
  const panel = new Set(input.judges);
  const seen = new Set<string>();
  for (const a of result.assignments) {
    expect(panel.has(a.judgeId)).toBe(true);
    expect(conflicts.has(key(a))).toBe(false);
    expect(seen.has(key(a))).toBe(false);
    seen.add(key(a));
  }
  for (const idea of input.ideas) {
    expect(result.assignments.filter((a) => a.ideaId === idea)).toHaveLength(input.judgesPerIdea);
  }
  expect(result.loads.map((l) => l.assigned)).toEqual(
    input.judges.map((j) => result.assignments.filter((a) => a.judgeId === j).length),
  );
  expect(result.kept.length + result.added.length).toBe(result.assignments.length);
}

const spread = (loads: number[]): number => Math.max(...loads) - Math.min(...loads);
const sumOfSquares = (loads: number[]): number => loads.reduce((s, l) => s + l * l, 0);

/** Brute force over every way of adding judges on top of `kept`: the best Σ load² and max − min. */
function bruteForceBest(input: AssignJudgesInput, kept: readonly JudgeIdeaPair[]): { squares: number; spread: number } {
  const { ideas, judges, judgesPerIdea: k } = input;
  const conflicts = new Set(input.conflicts.map(key));
  const keptSet = new Set(kept.map(key));
  const base = judges.map((j) => kept.filter((a) => a.judgeId === j).length);
  const options = ideas.map((idea) => {
    const free = judges
      .map((_, j) => j)
      .filter((j) => !conflicts.has(`${judges[j]}|${idea}`) && !keptSet.has(`${judges[j]}|${idea}`));
    const need = k - kept.filter((a) => a.ideaId === idea).length;
    return combinations(free, need);
  });
  let best = { squares: Infinity, spread: Infinity };
  const walk = (i: number, loads: number[]): void => {
    if (i === ideas.length) {
      best = { squares: Math.min(best.squares, sumOfSquares(loads)), spread: Math.min(best.spread, spread(loads)) };
      return;
    }
    for (const chosen of options[i]) {
      for (const j of chosen) loads[j]++;
      walk(i + 1, loads);
      for (const j of chosen) loads[j]--;
    }
  };
  walk(0, [...base]);
  return best;
}

function combinations(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...combinations(rest, size - 1).map((c) => [first, ...c]), ...combinations(rest, size)];
}

/**
 * Independent check of the optimality condition: no chain of moves of added assignments
 * j0 → j1 → … → jm (each idea moved to a judge who is free and not conflicted on it) from a
 * judge with load L to one with load ≤ L − 2. Returns such a path, or null.
 */
function findShiftingPath(input: AssignJudgesInput, result: AssignJudgesSuccess): string[] | null {
  const conflicted = new Set(input.conflicts.map(key));
  const assigned = new Set(result.assignments.map(key));
  const load = new Map(result.loads.map((l) => [l.judgeId, l.assigned]));
  const addedTo = new Map(input.judges.map((j) => [j, result.added.filter((a) => a.judgeId === j)]));
  for (const source of input.judges) {
    const reached = new Map<string, string[]>([[source, [source]]]);
    const queue = [source];
    while (queue.length > 0) {
      const u = queue.shift() as string;
      for (const a of addedTo.get(u) ?? []) {
        for (const v of input.judges) {
          const pair = `${v}|${a.ideaId}`;
          if (reached.has(v) || assigned.has(pair) || conflicted.has(pair)) continue;
          const path = [...(reached.get(u) ?? []), v];
          if ((load.get(v) ?? 0) <= (load.get(source) ?? 0) - 2) return path;
          reached.set(v, path);
          queue.push(v);
        }
      }
    }
  }
  return null;
}

/** Small random instances: up to 4 ideas, 5 judges, random conflicts and existing assignments. */
const smallInstance = fc
  .record({
    ideaCount: fc.integer({ min: 1, max: 4 }),
    judgeCount: fc.integer({ min: 1, max: 5 }),
    k: fc.integer({ min: 1, max: 3 }),
    conflictBits: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    existingBits: fc.array(fc.constantFrom<'none' | 'open' | 'locked'>('none', 'none', 'none', 'open', 'locked'), {
      minLength: 20,
      maxLength: 20,
    }),
    conflictRate: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ ideaCount, judgeCount, k, conflictBits, existingBits, conflictRate }): AssignJudgesInput => {
    const ideas = ids('i', ideaCount);
    const judges = ids('j', judgeCount);
    const cells = ideas.flatMap((ideaId, i) => judges.map((judgeId, j) => ({ ideaId, judgeId, bit: i * 5 + j })));
    return {
      ideas,
      judges,
      judgesPerIdea: k,
      // conflictRate 0 → none; otherwise about one cell in (5 − rate)
      conflicts: cells
        .filter((c) => conflictRate > 0 && conflictBits[c.bit] && c.bit % (5 - conflictRate) === 0)
        .map(({ ideaId, judgeId }) => ({ ideaId, judgeId })),
      existing: cells
        .filter((c) => existingBits[c.bit] !== 'none')
        .map(({ ideaId, judgeId, bit }) => ({ ideaId, judgeId, locked: existingBits[bit] === 'locked' })),
    };
  });

describe('assignJudges', () => {
  it('gives every idea k judges with loads differing by at most one when nothing stands in the way', () => {
    const input = { ideas: ids('idea-', 10), judges: ids('judge-', 4), conflicts: [], judgesPerIdea: 3 };
    const result = succeed(input);
    expectValid(input, result);
    expect(result.loads.map((l) => l.assigned).sort()).toEqual([7, 7, 8, 8]);
    expect(result.added).toHaveLength(30);
    expect(assignJudges(input)).toEqual(result);
  });

  it('never assigns a judge an idea they are conflicted on, and still balances', () => {
    const input = {
      ideas: ids('i', 6),
      judges: ids('j', 4),
      conflicts: [
        { judgeId: 'j0', ideaId: 'i0' },
        { judgeId: 'j0', ideaId: 'i1' },
        { judgeId: 'j0', ideaId: 'i2' },
      ],
      judgesPerIdea: 2,
    };
    const result = succeed(input);
    expectValid(input, result);
    expect(result.loads.map((l) => l.assigned)).toEqual([3, 3, 3, 3]);
  });

  it('says exactly why it is impossible: too few judges without a conflict', () => {
    const result = assignJudges({
      ideas: ['garden', 'bus', 'library'],
      judges: ['ann', 'bob', 'cy'],
      conflicts: [
        { judgeId: 'ann', ideaId: 'bus' },
        { judgeId: 'bob', ideaId: 'library' },
      ],
      judgesPerIdea: 3,
    });
    expect(result).toEqual({
      ok: false,
      code: 'not_enough_judges',
      message: 'idea bus has only 2 judges without a conflict; 3 are needed',
      ideaIds: ['bus', 'library'],
    });
  });

  it('refuses to lower k below the judges who already submitted scores', () => {
    const result = assignJudges({
      ideas: ['a'],
      judges: ['x', 'y', 'z'],
      conflicts: [],
      judgesPerIdea: 1,
      existing: [
        { judgeId: 'x', ideaId: 'a', locked: true },
        { judgeId: 'y', ideaId: 'a', locked: true },
      ],
    });
    expect(result).toMatchObject({ ok: false, code: 'too_many_locked', ideaIds: ['a'] });
  });

  it('refuses a k that is not a whole number of one or more, and duplicate ids', () => {
    for (const judgesPerIdea of [0, 1.5, -1]) {
      expect(assignJudges({ ideas: ['a'], judges: ['x'], conflicts: [], judgesPerIdea })).toMatchObject({
        ok: false,
        code: 'invalid_input',
      });
    }
    expect(assignJudges({ ideas: ['a'], judges: ['x', 'x'], conflicts: [], judgesPerIdea: 1 })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
  });

  it('after a new conflict, replaces only that assignment and keeps every other one', () => {
    const first = { ideas: ids('i', 8), judges: ids('j', 5), conflicts: [], judgesPerIdea: 2 };
    const before = succeed(first);
    const hit = before.assignments[5];
    const rerun = {
      ...first,
      conflicts: [hit],
      existing: before.assignments.map((a, n) => ({ ...a, locked: n % 2 === 0 })),
    };
    const after = succeed(rerun);
    expectValid(rerun, after);
    expect(after.removed).toEqual([{ ...hit, locked: false, reason: 'conflict' }]);
    expect(after.added).toHaveLength(1);
    expect(after.added[0].ideaId).toBe(hit.ideaId);
    expect(after.kept).toHaveLength(before.assignments.length - 1);
    // Minimal change comes before balance: kept assignments are not moved to even out the loads.
    expect(spread(after.loads.map((l) => l.assigned))).toBeLessThanOrEqual(2);
    expect(findShiftingPath(rerun, after)).toBeNull();
  });

  it('removes assignments of ideas off the shortlist and judges off the panel, and unlocked extras when k is lowered', () => {
    const result = succeed({
      ideas: ['a', 'b'],
      judges: ['x', 'y', 'z'],
      conflicts: [],
      judgesPerIdea: 1,
      existing: [
        { judgeId: 'x', ideaId: 'a', locked: false },
        { judgeId: 'y', ideaId: 'a', locked: true },
        { judgeId: 'x', ideaId: 'gone', locked: true },
        { judgeId: 'left', ideaId: 'b', locked: false },
      ],
    });
    expect(result.removed).toEqual([
      { judgeId: 'x', ideaId: 'gone', locked: true, reason: 'idea_not_shortlisted' },
      { judgeId: 'left', ideaId: 'b', locked: false, reason: 'judge_not_on_panel' },
      { judgeId: 'x', ideaId: 'a', locked: false, reason: 'over_quota' },
    ]);
    expect(result.kept).toEqual([{ judgeId: 'y', ideaId: 'a', locked: true }]);
    // b goes to x or z (load 0), not to y (load 1)
    expect(result.added).toEqual([{ judgeId: 'x', ideaId: 'b' }]);
  });

  it('matches a brute force on small random cases: feasibility, validity, minimal change and the best balance', () => {
    fc.assert(
      fc.property(smallInstance, (input) => {
        const result = assignJudges(input);
        const conflicts = new Set(input.conflicts.map(key));
        const valid = (input.existing ?? []).filter((e) => !conflicts.has(key(e)));
        const k = input.judgesPerIdea;
        const lockedOver = input.ideas.some((i) => valid.filter((e) => e.ideaId === i && e.locked).length > k);
        const short = input.ideas.some((i) => input.judges.filter((j) => !conflicts.has(`${j}|${i}`)).length < k);
        if (!result.ok) {
          expect(result.code).toBe(lockedOver ? 'too_many_locked' : 'not_enough_judges');
          expect(lockedOver || short).toBe(true);
          return;
        }
        expect(lockedOver || short).toBe(false);
        expectValid(input, result);
        // Minimal change: every valid existing assignment is kept unless its idea had more than k;
        // every locked one is kept; each idea gets only the judges it lacks.
        const kept = new Set(result.kept.map(key));
        for (const e of valid) {
          const overQuota = valid.filter((v) => v.ideaId === e.ideaId).length > k;
          if (e.locked || !overQuota) expect(kept.has(key(e))).toBe(true);
        }
        for (const i of input.ideas) {
          const keptHere = result.kept.filter((a) => a.ideaId === i).length;
          expect(result.added.filter((a) => a.ideaId === i)).toHaveLength(k - keptHere);
        }
        // Balance: the best possible given what was kept.
        const loads = result.loads.map((l) => l.assigned);
        const best = bruteForceBest(input, result.kept);
        expect(sumOfSquares(loads)).toBe(best.squares);
        expect(spread(loads)).toBe(best.spread);
      }),
      { numRuns: 400 },
    );
  });

  it('(the certificate check itself) finds the shifting path in an unbalanced assignment', () => {
    const input = {
      ideas: ['i0', 'i1'],
      judges: ['j0', 'j1', 'j2', 'j3'],
      judgesPerIdea: 2,
      conflicts: [
        { ideaId: 'i0', judgeId: 'j0' },
        { ideaId: 'i1', judgeId: 'j3' },
      ],
    };
    // What a plain greedy gives: j1 has 2, j3 has 0; moving i0 from j1 to j3 evens it out.
    const added = [
      { judgeId: 'j1', ideaId: 'i0' },
      { judgeId: 'j2', ideaId: 'i0' },
      { judgeId: 'j0', ideaId: 'i1' },
      { judgeId: 'j1', ideaId: 'i1' },
    ];
    const loads = [1, 2, 1, 0].map((assigned, j) => ({ judgeId: `j${j}`, assigned }));
    const greedy: AssignJudgesSuccess = { ok: true, assignments: added, added, removed: [], kept: [], loads };
    expect(findShiftingPath(input, greedy)).toEqual(['j1', 'j3']);
    expect(succeed(input).loads.map((l) => l.assigned)).toEqual([1, 1, 1, 1]);
  });

  it('on larger random panels, leaves no shifting path that would even out the loads (the optimality certificate)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 40 }),
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
        (ideaCount, judgeCount, k, conflictPicks) => {
          const ideas = ids('i', ideaCount);
          const judges = ids('j', judgeCount);
          const conflicts = conflictPicks.map(([i, j]) => ({
            ideaId: ideas[i % ideaCount],
            judgeId: judges[j % judgeCount],
          }));
          const input = { ideas, judges, conflicts, judgesPerIdea: k };
          const result = assignJudges(input);
          const conflicted = new Set(conflicts.map(key));
          const feasible = ideas.every((i) => judges.filter((j) => !conflicted.has(`${j}|${i}`)).length >= k);
          expect(result.ok).toBe(feasible);
          if (!result.ok) return;
          expectValid(input, result);
          if (conflicts.length === 0) expect(spread(result.loads.map((l) => l.assigned))).toBeLessThanOrEqual(1);
          expect(findShiftingPath(input, result)).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('balances the new work when a judge joins a panel that already has assignments', () => {
    const before = succeed({ ideas: ids('i', 9), judges: ['a', 'b', 'c'], conflicts: [], judgesPerIdea: 1 });
    const existing: ExistingAssignment[] = before.assignments.map((a) => ({ ...a, locked: false }));
    const after = succeed({
      ideas: ids('i', 12),
      judges: ['a', 'b', 'c', 'newcomer'],
      conflicts: [],
      judgesPerIdea: 1,
      existing,
    });
    expect(after.kept).toHaveLength(9);
    expect(after.added).toEqual([
      { judgeId: 'newcomer', ideaId: 'i9' },
      { judgeId: 'newcomer', ideaId: 'i10' },
      { judgeId: 'newcomer', ideaId: 'i11' },
    ]);
  });
});
