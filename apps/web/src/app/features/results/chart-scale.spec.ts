import { MIN_VISIBLE_PERCENT, chartSummary, scaleBars } from './chart-scale';

const row = (id: string, value: number) => ({ id, label: `Idea ${id}`, value, display: String(value) });

describe('chart scaling', () => {
  it('draws the largest value full width when there is no fixed scale', () => {
    const bars = scaleBars([row('a', 40), row('b', 10), row('c', 25)]);
    expect(bars.map((b) => b.percent)).toEqual([100, 25, 62.5]);
  });

  it('keeps a fixed scale, so a best score of 0.8 out of 1 is not drawn as full', () => {
    const bars = scaleBars([row('a', 0.8), row('b', 0.3333)], 1);
    expect(bars.map((b) => b.percent)).toEqual([80, 33.3]);
  });

  it('draws values above the fixed scale full length, never longer', () => {
    expect(scaleBars([row('a', 130)], 100)[0]?.percent).toBe(100);
  });

  it('gives no bar to zero, negative or non-finite values, and a visible sliver to tiny ones', () => {
    const bars = scaleBars([row('a', 1000), row('b', 0), row('c', -2), row('d', Number.NaN), row('e', 1)]);
    expect(bars.map((b) => b.percent)).toEqual([100, 0, 0, 0, MIN_VISIBLE_PERCENT]);
  });

  it('draws nothing when every value is zero (no division by zero)', () => {
    expect(scaleBars([row('a', 0), row('b', 0)]).map((b) => b.percent)).toEqual([0, 0]);
  });

  it('keeps the rows, their order and their text', () => {
    const [first] = scaleBars([row('x', 3)]);
    expect(first).toEqual({ id: 'x', label: 'Idea x', value: 3, display: '3', percent: 100 });
  });
});

describe('chart summary (the text alternative)', () => {
  it('names the highest and lowest with their written values', () => {
    expect(chartSummary([row('a', 2), row('b', 9), row('c', 1)])).toEqual({
      count: 3,
      highest: 'Idea b',
      highestValue: '9',
      lowest: 'Idea c',
      lowestValue: '1',
    });
  });

  it('keeps the first listed of equal values', () => {
    const summary = chartSummary([row('a', 5), row('b', 5)]);
    expect([summary?.highest, summary?.lowest]).toEqual(['Idea a', 'Idea a']);
  });

  it('is null for an empty chart', () => {
    expect(chartSummary([])).toBeNull();
  });
});
