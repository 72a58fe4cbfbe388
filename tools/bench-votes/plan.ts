import { mulberry32 } from '@challenge/domain';

/** One vote request: voter number (see voters.ts) and index of the idea in the seeded list. */
export type VoteRequest = { voter: number; idea: number };

export type Workload = {
  kind: 'spread' | 'hot' | 'one-idea';
  requests: VoteRequest[];
  /** Voters with a ballot in this workload. */
  voters: number;
  /** The idea that gets the most requests, and its share of them. */
  topIdea: number;
  topShare: number;
};

export type Outcome = 'created' | 'existing' | 'exhausted' | 'other';
export type Tally = Record<Outcome, number>;
export const emptyTally = (): Tally => ({ created: 0, existing: 0, exhausted: 0, other: 0 });

/** Draws idea indexes 0..n-1 with probability ∝ 1/(rank+1)^s (index 0 is the most popular). */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cdf[k] = total += 1 / (k + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * One person's requests. One in ten tries two ideas more than the allowance (two 409s); of the
 * others, one in ten sends one of their votes twice (a 200). In the hot workload everybody votes
 * for idea 0 and for fewer others, so a large share of all requests lands on that one row; in the
 * one-idea workload everybody votes for idea 0 only.
 */
function ballot(
  kind: Workload['kind'],
  allowance: number,
  ideas: number,
  pick: () => number,
  random: () => number,
): number[] {
  if (kind === 'one-idea') return [0];
  const over = random() < 0.1;
  const usual = Math.min(allowance, kind === 'hot' ? 3 : 5);
  const distinct = Math.min(ideas, over ? allowance + 2 : 1 + Math.floor(random() * usual));
  const chosen = new Set<number>(kind === 'hot' ? [0] : []);
  while (chosen.size < distinct) chosen.add(pick());
  const requests = [...chosen];
  if (!over && random() < 0.1) requests.push(requests[Math.floor(random() * requests.length)]);
  return requests;
}

/**
 * The requests of one phase, shuffled so one person's votes are spread over the run. With
 * `votes`, ballots are drawn until there are that many requests (the last one cut short);
 * otherwise every voter of the slice casts one.
 */
export function planWorkload(input: {
  kind: Workload['kind'];
  ideas: number;
  allowance: number;
  zipf: number;
  votes: number | null;
  slice: { first: number; size: number };
  seed: number;
}): Workload {
  const random = mulberry32(input.seed);
  const pick = zipfSampler(input.ideas, input.zipf, random);
  const requests: VoteRequest[] = [];
  let voters = 0;
  while (input.votes === null ? voters < input.slice.size : requests.length < input.votes) {
    if (voters === input.slice.size) {
      throw new Error(
        `--votes ${input.votes} needs more than the ${input.slice.size} voters of a phase: raise --voters (a sixth of them vote in each phase)`,
      );
    }
    const voter = input.slice.first + voters++;
    for (const idea of ballot(input.kind, input.allowance, input.ideas, pick, random)) requests.push({ voter, idea });
  }
  if (input.votes !== null) requests.length = input.votes;
  const perIdea = new Map<number, number>();
  for (const r of requests) perIdea.set(r.idea, (perIdea.get(r.idea) ?? 0) + 1);
  const [topIdea, topCount] = [...perIdea].reduce((a, b) => (b[1] > a[1] ? b : a));
  return {
    kind: input.kind,
    requests: shuffle(requests, random),
    voters,
    topIdea,
    topShare: topCount / requests.length,
  };
}

/** The same ballots cast by the voters of another slice: an identical workload for the direct database run. */
export function moveToSlice(workload: Workload, from: number, to: number): Workload {
  return { ...workload, requests: workload.requests.map((r) => ({ voter: r.voter - from + to, idea: r.idea })) };
}

/**
 * What each voter must get whatever the order of their requests: the first `allowance` distinct
 * ideas are created, the rest exhausted, and a second request for an idea finds the vote.
 * (Ballots never repeat an idea when they go over the allowance, so this is exact.)
 */
export function expectedTallies(requests: VoteRequest[], allowance: number): Map<number, Tally> {
  const ideasOf = new Map<number, { distinct: Set<number>; total: number }>();
  for (const r of requests) {
    const entry = ideasOf.get(r.voter) ?? { distinct: new Set<number>(), total: 0 };
    entry.distinct.add(r.idea);
    entry.total++;
    ideasOf.set(r.voter, entry);
  }
  const tallies = new Map<number, Tally>();
  for (const [voter, { distinct, total }] of ideasOf) {
    const created = Math.min(distinct.size, allowance);
    tallies.set(voter, {
      created,
      exhausted: distinct.size - created,
      existing: total - distinct.size,
      other: 0,
    });
  }
  return tallies;
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally();
  for (const t of tallies) for (const k of Object.keys(sum) as Outcome[]) sum[k] += t[k];
  return sum;
}

/** Voters whose outcomes differ from what their requests must give. */
export function mismatchedVoters(expected: Map<number, Tally>, actual: Map<number, Tally>): number {
  let mismatched = 0;
  for (const [voter, want] of expected) {
    const got = actual.get(voter) ?? emptyTally();
    if ((Object.keys(want) as Outcome[]).some((k) => want[k] !== got[k])) mismatched++;
  }
  return mismatched;
}
