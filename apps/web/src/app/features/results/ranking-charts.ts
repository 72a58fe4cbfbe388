import type { Locale, PublicVoteMeasure, RankedIdea } from '@challenge/contract';
import type { ChartRow } from './chart-scale';
import { formatDecimal } from './results-format';

/** One chart of the results page: its rows, fixed scale, and translation keys. */
export type RankingChart = {
  id: 'final' | 'panel' | 'votes';
  heading: string;
  valueHeader: string;
  rows: ChartRow[];
  max?: number;
};

/**
 * The results charts, in ranking order: final scores (0 to 1), the panel's raw average (out of
 * 100) and the public vote (supporters, or pairwise scores as percentages).
 */
export function rankingCharts(
  ranking: readonly RankedIdea[],
  measure: PublicVoteMeasure,
  locale: Locale,
): RankingChart[] {
  const rows = (value: (r: RankedIdea) => number, display: (v: number) => string): ChartRow[] =>
    ranking.map((r) => ({ id: r.ideaId, label: r.title, value: value(r), display: display(value(r)) }));
  const votes: RankingChart =
    measure === 'pairwise'
      ? {
          id: 'votes',
          heading: 'results.charts.pairwise',
          valueHeader: 'results.charts.pairwiseValue',
          rows: rows(
            (r) => r.pairwiseScore ?? 0,
            (v) => `${formatDecimal(v * 100, 1, locale)}%`,
          ),
          max: 1,
        }
      : {
          id: 'votes',
          heading: 'results.charts.supports',
          valueHeader: 'results.charts.supportsValue',
          rows: rows(
            (r) => r.voteCount,
            (v) => formatDecimal(v, 0, locale),
          ),
        };
  return [
    {
      id: 'final',
      heading: 'results.charts.final',
      valueHeader: 'results.charts.finalValue',
      rows: rows(
        (r) => r.finalScore,
        (v) => formatDecimal(v, 3, locale),
      ),
      max: 1,
    },
    {
      id: 'panel',
      heading: 'results.charts.panel',
      valueHeader: 'results.charts.panelValue',
      rows: rows(
        (r) => r.panelRawAverage,
        (v) => formatDecimal(v, 1, locale),
      ),
      max: 100,
    },
    votes,
  ];
}
