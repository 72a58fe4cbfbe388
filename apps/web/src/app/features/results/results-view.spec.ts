import type { PrizeAward, RankedIdea, ResultsMethod } from '@challenge/contract';
import { en } from '../../translations/en';
import { rankingCharts } from './ranking-charts';
import { awardRows, methodView, totalAwarded, winningIdeas } from './results-view';

const method = (overrides: Partial<ResultsMethod> = {}): ResultsMethod => ({
  criteria: [
    { name: 'Impact', nameCy: 'Effaith', weight: 3, minScore: 1, maxScore: 10 },
    { name: 'Cost', nameCy: null, weight: 1, minScore: 0, maxScore: 5 },
  ],
  judgeCount: 4,
  judgesPerIdea: 2,
  normalisation: 'z-score per judge',
  panelWeight: 0.7,
  publicVoteWeight: 0.3,
  publicVoteMeasure: 'supports',
  formula: 'Final score = 70% panel score + 30% public vote.',
  formulaCy: 'Sgôr derfynol = 70% sgôr y panel + 30% y bleidlais gyhoeddus.',
  conflictsHandled: 1,
  disagreementThreshold: 2,
  overrides: [],
  ...overrides,
});

const award = (overrides: Partial<PrizeAward> = {}): PrizeAward => ({
  prizeId: 'p1',
  prizeName: 'First prize',
  prizeNameCy: 'Gwobr gyntaf',
  slot: 0,
  tier: 'overall',
  category: null,
  ideaId: 'i1',
  ideaTitle: 'Heat pumps for all',
  amountPence: 500_000,
  overridden: false,
  overrideReason: null,
  ...overrides,
});

/** The English text of a translation key, with its parameters filled in. */
const english = (key: string, params: Record<string, string> = {}): string => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
  if (typeof text !== 'string') throw new Error(`No English text for ${key}`);
  return text.replace(/{{(\w+)}}/g, (_, name: string) => params[name] ?? `?${name}`);
};

describe('how the winners were chosen', () => {
  it('gives each criterion its share of the total weight and its score range', () => {
    const view = methodView(method(), [], 'en');
    expect(view.criteria.map((c) => [c.name.text, c.share, english(c.range.key, c.range.params)])).toEqual([
      ['Impact', '75%', 'From 1 to 10'],
      ['Cost', '25%', 'From 0 to 5'],
    ]);
  });

  it('uses the Welsh criterion names and formula in Welsh, falling back to English', () => {
    const view = methodView(method(), [], 'cy');
    expect(view.criteria.map((c) => c.name)).toEqual([
      { text: 'Effaith', lang: 'cy' },
      { text: 'Cost', lang: 'en' },
    ]);
    expect(view.formula).toEqual({ text: 'Sgôr derfynol = 70% sgôr y panel + 30% y bleidlais gyhoeddus.', lang: 'cy' });
    expect(methodView(method(), [], 'en').formula.text).toBe('Final score = 70% panel score + 30% public vote.');
  });

  it('states the panel, normalisation, weights and conflicts as facts in plain words', () => {
    const facts = methodView(method(), [], 'en').facts.map((f) => [
      english(f.label),
      f.value.key ? english(f.value.key, f.value.params) : f.value.text,
    ]);
    expect(facts).toEqual([
      ['Judges on the panel', '4'],
      ['Judges for each idea', '2'],
      ['Normalisation', 'Each judge’s scores turned into z-scores'],
      ['Weight of the panel score', '70%'],
      ['Weight of the public vote', '30%, measured by the number of supporters'],
      ['Disagreement between judges', 'Flagged when normalised scores differ by more than 2'],
      ['Conflicts of interest handled', '1'],
    ]);
  });

  it('leaves out judges per idea when assignments were not generated, and says when the vote did not count', () => {
    const view = methodView(method({ judgesPerIdea: null, publicVoteWeight: 0, panelWeight: 1 }), [], 'en');
    expect(view.facts.map((f) => f.testId)).not.toContain('method-judges-per-idea');
    const vote = view.facts.find((f) => f.testId === 'method-vote')?.value;
    expect(vote?.key && english(vote.key)).toBe('None: the public vote did not count towards the final score');
  });

  it('names the pairwise measure', () => {
    const vote = methodView(method({ publicVoteMeasure: 'pairwise' }), [], 'en').facts.find(
      (f) => f.testId === 'method-vote',
    )?.value;
    expect(vote?.key && english(vote.key, vote.params)).toMatch(/^30%, measured by pairwise comparisons/);
  });

  it('explains conflicts only when there were some', () => {
    expect(methodView(method(), [], 'en').conflicts.key).toBe('results.method.conflictsSome');
    expect(methodView(method({ conflictsHandled: 0 }), [], 'en').conflicts.key).toBe('results.method.conflictsNone');
  });

  it('lists overrides with their reasons, prize names in Welsh from the awards', () => {
    const overridden = award({ overridden: true, overrideReason: 'The winner withdrew' });
    const m = method({
      overrides: [{ prizeName: 'First prize', ideaTitle: 'Heat pumps for all', reason: 'The winner withdrew' }],
    });
    expect(methodView(m, [overridden], 'cy').overrides).toEqual([
      {
        prizeName: { text: 'Gwobr gyntaf', lang: 'cy' },
        ideaTitle: 'Heat pumps for all',
        reason: 'The winner withdrew',
      },
    ]);
    expect(methodView(m, [overridden], 'en').overrides[0]?.prizeName).toEqual({ text: 'First prize', lang: 'en' });
  });

  it('survives a rubric with no weight at all', () => {
    const view = methodView(
      method({ criteria: [{ name: 'A', nameCy: null, weight: 0, minScore: 0, maxScore: 1 }] }),
      [],
      'en',
    );
    expect(view.criteria[0]?.share).toBe('0%');
  });
});

describe('winners', () => {
  it('writes amounts in pounds and prize names in the reader’s language', () => {
    const rows = awardRows([award(), award({ prizeId: 'p2', prizeName: 'Staff prize', prizeNameCy: null })], 'cy');
    expect(rows.map((r) => [r.prizeName.text, r.amount])).toEqual([
      ['Gwobr gyntaf', '£5,000'],
      ['Staff prize', '£5,000'],
    ]);
  });

  it('counts only awarded money in the total, and each winning idea once', () => {
    const awards = [
      award(),
      award({ prizeId: 'p2', amountPence: 100_050 }),
      award({ prizeId: 'p3', ideaId: null, ideaTitle: null, amountPence: 999_900 }),
      award({ prizeId: 'p4', ideaId: 'i2', ideaTitle: 'Draught-proofing', amountPence: 50_000 }),
    ];
    expect(totalAwarded(awards, 'en')).toBe('£6,500.50');
    expect(winningIdeas(awards)).toEqual([
      { ideaId: 'i1', ideaTitle: 'Heat pumps for all' },
      { ideaId: 'i2', ideaTitle: 'Draught-proofing' },
    ]);
  });
});

describe('results charts', () => {
  const idea = (id: string, finalScore: number, voteCount: number, pairwiseScore: number | null): RankedIdea => ({
    ideaId: id,
    title: `Idea ${id}`,
    category: null,
    rank: 1,
    panelScore: 0,
    panelRawAverage: 62.345,
    publicScore: 0,
    voteCount,
    pairwiseScore,
    finalScore,
    judgeCount: 2,
    flags: [],
    judges: [],
  });

  it('charts final scores and panel averages on fixed scales, supporters on the largest count', () => {
    const [final, panel, votes] = rankingCharts(
      [idea('a', 0.8234, 12, null), idea('b', 0.1, 3, null)],
      'supports',
      'en',
    );
    expect(final).toMatchObject({ id: 'final', max: 1 });
    expect(final?.rows.map((r) => r.display)).toEqual(['0.823', '0.100']);
    expect(panel).toMatchObject({ id: 'panel', max: 100 });
    expect(panel?.rows[0]?.display).toBe('62.3');
    expect(votes).toMatchObject({ id: 'votes', heading: 'results.charts.supports' });
    expect(votes?.max).toBeUndefined();
    expect(votes?.rows.map((r) => [r.value, r.display])).toEqual([
      [12, '12'],
      [3, '3'],
    ]);
  });

  it('charts pairwise scores as percentages, an idea without one as 0', () => {
    const votes = rankingCharts([idea('a', 0.5, 0, 0.634), idea('b', 0.4, 0, null)], 'pairwise', 'en')[2];
    expect(votes).toMatchObject({ heading: 'results.charts.pairwise', max: 1 });
    expect(votes?.rows.map((r) => r.display)).toEqual(['63.4%', '0.0%']);
  });
});
