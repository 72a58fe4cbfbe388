import { allocatePrizes } from './prizes';
import { computeRanking } from './ranking';
import type {
  PrizeAllocation,
  PrizeDefinition,
  PublicVoteInput,
  Ranking,
  ShortlistedIdeaInput,
  VoteMeasure,
} from './types';

/** Ideas with a clear panel order (their score, two identical judges) and public votes. */
function rankingOf(
  ideas: (ShortlistedIdeaInput & { score: number })[],
  votes: PublicVoteInput[] = [],
  measure: VoteMeasure = 'supports',
): Ranking {
  return computeRanking({
    criteria: [{ id: 'c', weight: 1, minScore: 0, maxScore: 10 }],
    scores: ['j1', 'j2'].flatMap((judge) =>
      ideas.map(({ ideaId, score }) => ({ judge, ideaId, criterionId: 'c', score })),
    ),
    ideas,
    votes,
    publicVoteWeight: 0,
    publicVoteMeasure: measure,
  });
}

let position = 0;
const prize = (id: string, overrides: Partial<PrizeDefinition> = {}): PrizeDefinition => ({
  id,
  amountPence: 100_000,
  count: 1,
  category: null,
  peoplesChoice: false,
  position: position++,
  ...overrides,
});
const winners = (allocations: PrizeAllocation[]): string[] =>
  allocations.map((a) => `${a.prizeId}#${a.slot}: ${a.ideaId ?? '—'}`);

describe('allocatePrizes', () => {
  const ranking = rankingOf(
    [
      { ideaId: 'a', category: 'transport', score: 9 },
      { ideaId: 'b', category: 'transport', score: 8 },
      { ideaId: 'c', category: 'environment', score: 7 },
      { ideaId: 'd', category: 'environment', score: 6 },
      { ideaId: 'e', category: 'community', entrantCategory: 'staff', score: 5 },
      { ideaId: 'f', category: null, score: 4 },
    ],
    [
      { ideaId: 'f', voteCount: 50, pairwiseScore: null },
      { ideaId: 'e', voteCount: 50, pairwiseScore: null },
      { ideaId: 'c', voteCount: 10, pairwiseScore: null },
    ],
  );

  it('fills overall, category and People’s Choice tiers in position order, one panel prize per idea', () => {
    const allocations = allocatePrizes(ranking, [
      prize('1st', { amountPence: 500_000 }),
      prize('2nd', { count: 2, amountPence: 250_000 }),
      prize('transport', { category: 'transport' }),
      prize('environment', { category: 'environment' }),
      prize('staff', { category: 'staff' }),
      prize('peoples-choice', { peoplesChoice: true }),
    ]);
    expect(winners(allocations)).toEqual([
      '1st#0: a',
      '2nd#0: b',
      '2nd#1: c',
      // a and b, the only transport ideas, already won a panel prize
      'transport#0: —',
      'environment#0: d',
      // an entrant category matches too
      'staff#0: e',
      // People's Choice by supports alone, stacking on e's staff prize; e and f tie on 50
      // supports and e is better ranked overall
      'peoples-choice#0: e',
    ]);
    expect(allocations.map((a) => a.tier)).toEqual([
      'overall',
      'overall',
      'overall',
      'category',
      'category',
      'category',
      'peoples_choice',
    ]);
    expect(allocations.map((a) => a.amountPence)).toEqual([
      500_000, 250_000, 250_000, 100_000, 100_000, 100_000, 100_000,
    ]);
    expect(allocations.filter((a) => a.tieBreak).map((a) => a.prizeId)).toEqual(['peoples-choice']);
  });

  it('lets a category prize placed before the overall prizes take its best idea first', () => {
    const allocations = allocatePrizes(ranking, [
      prize('transport', { category: 'transport', position: 0 }),
      prize('1st', { position: 1 }),
    ]);
    expect(winners(allocations)).toEqual(['transport#0: a', '1st#0: b']);
  });

  it('leaves slots empty when there are not enough eligible ideas', () => {
    const allocations = allocatePrizes(ranking, [
      prize('runners-up', { count: 8 }),
      prize('housing', { category: 'housing' }),
      prize('peoples-choice', { peoplesChoice: true, count: 4 }),
    ]);
    expect(winners(allocations)).toEqual([
      'runners-up#0: a',
      'runners-up#1: b',
      'runners-up#2: c',
      'runners-up#3: d',
      'runners-up#4: e',
      'runners-up#5: f',
      'runners-up#6: —',
      'runners-up#7: —',
      'housing#0: —',
      // only three ideas have any supports
      'peoples-choice#0: e',
      'peoples-choice#1: f',
      'peoples-choice#2: c',
      'peoples-choice#3: —',
    ]);
  });

  it('awards no People’s Choice when nobody voted', () => {
    const quiet = rankingOf([
      { ideaId: 'a', category: null, score: 9 },
      { ideaId: 'b', category: null, score: 3 },
    ]);
    expect(winners(allocatePrizes(quiet, [prize('pc', { peoplesChoice: true })]))).toEqual(['pc#0: —']);
  });

  it('with the pairwise measure gives People’s Choice to the best pairwise score among ideas that have one', () => {
    const pairwise = rankingOf(
      [
        { ideaId: 'a', category: null, score: 9 },
        { ideaId: 'b', category: null, score: 5 },
        { ideaId: 'c', category: null, score: 2 },
      ],
      [
        { ideaId: 'a', voteCount: 90, pairwiseScore: 0.4 },
        { ideaId: 'b', voteCount: 0, pairwiseScore: 0.7 },
        { ideaId: 'c', voteCount: 0, pairwiseScore: null },
      ],
      'pairwise',
    );
    expect(winners(allocatePrizes(pairwise, [prize('pc', { peoplesChoice: true, count: 3 })]))).toEqual([
      'pc#0: b',
      'pc#1: a',
      'pc#2: —',
    ]);
  });

  it('marks a panel prize decided by a tie-break', () => {
    const tied = rankingOf([
      { ideaId: 'p', category: null, score: 7 },
      { ideaId: 'q', category: null, score: 7 },
      { ideaId: 'r', category: null, score: 1 },
    ]);
    const allocations = allocatePrizes(tied, [prize('1st'), prize('2nd')]);
    expect(winners(allocations)).toEqual(['1st#0: p', '2nd#0: q']);
    expect(allocations.map((a) => a.tieBreak)).toEqual([true, false]);
  });

  it('refuses a prize with no slots or listed twice', () => {
    expect(() => allocatePrizes(ranking, [prize('x', { count: 0 })])).toThrow(/count/);
    expect(() => allocatePrizes(ranking, [prize('x'), prize('x')])).toThrow(/twice/);
  });
});
