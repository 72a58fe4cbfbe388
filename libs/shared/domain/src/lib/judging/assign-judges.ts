/**
 * Balanced assignment of judges to shortlisted ideas. Pure and deterministic (for the same input,
 * in the same order, the same output).
 *
 * Goal, in priority order:
 * 1. Every idea gets exactly k distinct judges, none conflicted on it.
 * 2. Minimal change: every existing assignment that is still valid is kept (a locked one, i.e. with
 *    submitted scores, always, unless its judge is now conflicted). Only these are removed: an
 *    assignment whose judge is conflicted, whose idea is no longer on the shortlist or whose judge
 *    left the panel, and, when an idea has more than k (k was lowered), its unlocked extras, taken
 *    from the busiest judges first. Each idea then gets exactly k − kept new judges: no solution
 *    that keeps the valid assignments can add fewer.
 * 3. Balance: among all ways of adding those judges, the loads (kept + added per judge) are as even
 *    as possible: the sum of squared loads is minimal, which for this problem (the reachable load
 *    vectors are the integer points of a polymatroid base) also minimises the largest load and
 *    maximises the smallest, so max − min ≤ 1 whenever any valid assignment achieves it. Kept
 *    assignments are never moved to improve balance.
 *
 * Input hygiene: conflicts naming an idea or judge not given are ignored; an existing assignment
 * listed twice counts once (locked if either row is). The result depends on the order of `ideas`
 * and `judges` only to break ties between equally good choices.
 *
 * Feasibility is exact and simple because a judge has no capacity limit: a solution exists iff no
 * idea has more than k locked assignments and every idea has at least k judges on the panel without
 * a conflict on it.
 *
 * Method: greedy (most constrained idea first, each takes its least-loaded eligible judges), then
 * repair by shifting paths. A shifting path j0 → j1 → … → jm moves one added assignment (idea i1)
 * from j0 to j1, one (idea i2) from j1 to j2, and so on; only j0 (−1) and jm (+1) change load. The
 * assignment is optimal for the sum of squares iff there is no shifting path from a judge with
 * load L to a judge with load ≤ L − 2 (a min-cost-flow optimality condition: such a path is exactly
 * a negative cycle in the residual network with convex costs on the judge → sink arcs). Each shift
 * lowers the sum of squares by at least 2, so the repair terminates.
 */

export type JudgeIdeaPair = { judgeId: string; ideaId: string };
export type ExistingAssignment = JudgeIdeaPair & { locked: boolean };

export type AssignJudgesInput = {
  /** Shortlisted idea ids. */
  ideas: readonly string[];
  /** Judge (user) ids on the panel. */
  judges: readonly string[];
  conflicts: readonly JudgeIdeaPair[];
  /** k: judges per idea. */
  judgesPerIdea: number;
  existing?: readonly ExistingAssignment[];
};

export type RemovalReason = 'conflict' | 'idea_not_shortlisted' | 'judge_not_on_panel' | 'over_quota';
export type RemovedAssignment = ExistingAssignment & { reason: RemovalReason };

export type AssignJudgesSuccess = {
  ok: true;
  /** Every assignment after the change, in idea order then judge order. */
  assignments: JudgeIdeaPair[];
  added: JudgeIdeaPair[];
  removed: RemovedAssignment[];
  kept: ExistingAssignment[];
  /** Assignments per panel judge after the change, in judge order. */
  loads: { judgeId: string; assigned: number }[];
};
export type AssignJudgesFailure = {
  ok: false;
  code: 'invalid_input' | 'not_enough_judges' | 'too_many_locked';
  /** Why, in words, naming the first idea concerned. */
  message: string;
  /** Every idea concerned. */
  ideaIds: string[];
};
export type AssignJudgesResult = AssignJudgesSuccess | AssignJudgesFailure;

export function assignJudges(input: AssignJudgesInput): AssignJudgesResult {
  const k = input.judgesPerIdea;
  const { ideas, judges } = input;
  if (!Number.isInteger(k) || k < 1) return invalid(`judgesPerIdea must be a whole number of 1 or more, not ${k}`);
  const ideaIndex = indexOf(ideas);
  const judgeIndex = indexOf(judges);
  if (!ideaIndex) return invalid('an idea is listed twice');
  if (!judgeIndex) return invalid('a judge is listed twice');

  const J = judges.length;
  const conflicted = new Set<number>();
  const conflictsPerIdea = new Int32Array(ideas.length);
  for (const c of input.conflicts) {
    const i = ideaIndex.get(c.ideaId);
    const j = judgeIndex.get(c.judgeId);
    if (i === undefined || j === undefined || conflicted.has(i * J + j)) continue;
    conflicted.add(i * J + j);
    conflictsPerIdea[i]++;
  }

  const state = new AssignmentState(ideas.length, J, conflicted);
  const removed: RemovedAssignment[] = [];
  const keptRows = new Map<number, ExistingAssignment>();
  for (const e of input.existing ?? []) {
    const i = ideaIndex.get(e.ideaId);
    const j = judgeIndex.get(e.judgeId);
    const reason: RemovalReason | null =
      i === undefined ? 'idea_not_shortlisted' : j === undefined ? 'judge_not_on_panel' : null;
    if (i === undefined || j === undefined || conflicted.has(i * J + j)) {
      removed.push({ ...e, reason: reason ?? 'conflict' });
      continue;
    }
    const previous = keptRows.get(i * J + j);
    if (previous) {
      previous.locked ||= e.locked;
      continue;
    }
    keptRows.set(i * J + j, { ...e });
    state.keep(i, j);
  }

  const tooManyLocked = ideas.filter(
    (_, i) => state.keptJudges[i].filter((j) => keptRows.get(i * J + j)?.locked).length > k,
  );
  if (tooManyLocked.length > 0) {
    return failure(
      'too_many_locked',
      `idea ${tooManyLocked[0]} already has more than ${k} judges with submitted scores; reopen or keep ${k === 1 ? 'it' : 'them'} before lowering the number of judges per idea`,
      tooManyLocked,
    );
  }
  const short = ideas.filter((_, i) => J - conflictsPerIdea[i] < k);
  if (short.length > 0) {
    const i = ideaIndex.get(short[0]) ?? 0;
    const available = J - conflictsPerIdea[i];
    return failure(
      'not_enough_judges',
      `idea ${short[0]} has only ${available} judge${available === 1 ? '' : 's'} without a conflict; ${k} ${k === 1 ? 'is' : 'are'} needed`,
      short,
    );
  }

  // Over quota (k was lowered): drop unlocked extras from the busiest judges.
  for (let i = 0; i < ideas.length; i++) {
    while (state.keptJudges[i].length > k) {
      const unlocked = state.keptJudges[i].filter((j) => !keptRows.get(i * J + j)?.locked);
      const busiest = unlocked.reduce((a, b) =>
        state.load[b] > state.load[a] || (state.load[b] === state.load[a] && b > a) ? b : a,
      );
      const row = keptRows.get(i * J + busiest);
      if (row) removed.push({ ...row, reason: 'over_quota' });
      keptRows.delete(i * J + busiest);
      state.unkeep(i, busiest);
    }
  }

  state.greedy(k);
  state.repair();

  const assignments: JudgeIdeaPair[] = [];
  const added: JudgeIdeaPair[] = [];
  const kept: ExistingAssignment[] = [];
  for (let i = 0; i < ideas.length; i++) {
    for (let j = 0; j < J; j++) {
      if (!state.assigned[i * J + j]) continue;
      const pair = { judgeId: judges[j], ideaId: ideas[i] };
      assignments.push(pair);
      const row = keptRows.get(i * J + j);
      if (row) kept.push(row);
      else added.push(pair);
    }
  }
  return {
    ok: true,
    assignments,
    added,
    removed,
    kept,
    loads: judges.map((judgeId, j) => ({ judgeId, assigned: state.load[j] })),
  };
}

function indexOf(ids: readonly string[]): Map<string, number> | null {
  const index = new Map<string, number>();
  for (const [i, id] of ids.entries()) {
    if (index.has(id)) return null;
    index.set(id, i);
  }
  return index;
}

const failure = (code: AssignJudgesFailure['code'], message: string, ideaIds: string[]): AssignJudgesFailure => ({
  ok: false,
  code,
  message,
  ideaIds,
});
const invalid = (message: string): AssignJudgesFailure => failure('invalid_input', message, []);

/** Assignments as dense flags (idea i, judge j at i·J + j), plus the added ones per idea and judge. */
class AssignmentState {
  readonly assigned: Uint8Array;
  readonly load: Int32Array;
  readonly keptJudges: number[][];
  /** Added (movable) assignments: the ideas per judge. */
  private readonly addedByJudge: Set<number>[];

  constructor(
    private readonly ideaCount: number,
    private readonly judgeCount: number,
    private readonly conflicted: Set<number>,
  ) {
    this.assigned = new Uint8Array(ideaCount * judgeCount);
    this.load = new Int32Array(judgeCount);
    this.keptJudges = Array.from({ length: ideaCount }, () => []);
    this.addedByJudge = Array.from({ length: judgeCount }, () => new Set<number>());
  }

  keep(i: number, j: number): void {
    this.assigned[i * this.judgeCount + j] = 1;
    this.load[j]++;
    this.keptJudges[i].push(j);
  }

  unkeep(i: number, j: number): void {
    this.assigned[i * this.judgeCount + j] = 0;
    this.load[j]--;
    this.keptJudges[i] = this.keptJudges[i].filter((x) => x !== j);
  }

  private eligible(i: number, j: number): boolean {
    const key = i * this.judgeCount + j;
    return !this.assigned[key] && !this.conflicted.has(key);
  }

  /** Most constrained idea first; each takes its least-loaded eligible judges (ties: panel order). */
  greedy(k: number): void {
    const J = this.judgeCount;
    const candidatesOf = (i: number): number[] => {
      const list: number[] = [];
      for (let j = 0; j < J; j++) if (this.eligible(i, j)) list.push(j);
      return list;
    };
    const slack = Array.from(
      { length: this.ideaCount },
      (_, i) => candidatesOf(i).length - (k - this.keptJudges[i].length),
    );
    const order = slack.map((_, i) => i).sort((a, b) => slack[a] - slack[b] || a - b);
    for (const i of order) {
      const need = k - this.keptJudges[i].length;
      if (need <= 0) continue;
      const chosen = candidatesOf(i)
        .sort((a, b) => this.load[a] - this.load[b] || a - b)
        .slice(0, need);
      for (const j of chosen) this.add(i, j);
    }
  }

  private add(i: number, j: number): void {
    this.assigned[i * this.judgeCount + j] = 1;
    this.load[j]++;
    this.addedByJudge[j].add(i);
  }

  private move(i: number, from: number, to: number): void {
    this.assigned[i * this.judgeCount + from] = 0;
    this.assigned[i * this.judgeCount + to] = 1;
    this.load[from]--;
    this.load[to]++;
    this.addedByJudge[from].delete(i);
    this.addedByJudge[to].add(i);
  }

  /** Apply shifting paths until none lowers the sum of squared loads. */
  repair(): void {
    for (;;) {
      let minimum = Infinity;
      for (const l of this.load) minimum = Math.min(minimum, l);
      const sources = [...this.load.keys()]
        .filter((j) => this.load[j] >= minimum + 2)
        .sort((a, b) => this.load[b] - this.load[a] || a - b);
      if (!sources.some((s) => this.shiftFrom(s))) return;
    }
  }

  /** Breadth-first search for a shifting path from `source` to a judge with load ≤ load(source) − 2. */
  private shiftFrom(source: number): boolean {
    const J = this.judgeCount;
    const parentJudge = new Int32Array(J).fill(-1);
    const parentIdea = new Int32Array(J).fill(-1);
    const visited = new Uint8Array(J);
    visited[source] = 1;
    const queue = [source];
    const target = this.load[source] - 2;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (const i of this.addedByJudge[u]) {
        for (let v = 0; v < J; v++) {
          if (visited[v] || !this.eligible(i, v)) continue;
          visited[v] = 1;
          parentJudge[v] = u;
          parentIdea[v] = i;
          if (this.load[v] <= target) {
            for (let to = v; to !== source; to = parentJudge[to]) this.move(parentIdea[to], parentJudge[to], to);
            return true;
          }
          queue.push(v);
        }
      }
    }
    return false;
  }
}
