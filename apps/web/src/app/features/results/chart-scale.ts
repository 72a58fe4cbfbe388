/** One value to chart: `display` is how the value is written (in the bar's label and in the table). */
export type ChartRow = { id: string; label: string; value: number; display: string };
/** A row with its bar's length, as a percentage of the chart's width. */
export type Bar = ChartRow & { percent: number };
/** What the chart's text alternative says: how many bars, and the highest and lowest. */
export type ChartSummary = {
  count: number;
  highest: string;
  highestValue: string;
  lowest: string;
  lowestValue: string;
};

/** Bars shorter than this (but above zero) are drawn at this length, so they can still be seen. */
export const MIN_VISIBLE_PERCENT = 0.5;

/**
 * Bar lengths as a percentage of `max` (a fixed scale, e.g. 1 for scores from 0 to 1, 100 for a
 * total out of 100) or, without one, of the largest value. A value at or below zero, or not a
 * finite number, gets no bar; values above the scale are drawn full length. Lengths are rounded to
 * a tenth of a percent.
 */
export function scaleBars(rows: readonly ChartRow[], max?: number): Bar[] {
  const largest = rows.reduce((m, r) => (Number.isFinite(r.value) ? Math.max(m, r.value) : m), 0);
  const scale = max !== undefined && max > 0 ? max : largest;
  return rows.map((row) => {
    if (!(scale > 0) || !Number.isFinite(row.value) || row.value <= 0) return { ...row, percent: 0 };
    const percent = Math.min(100, Math.round((row.value / scale) * 1000) / 10);
    return { ...row, percent: Math.max(MIN_VISIBLE_PERCENT, percent) };
  });
}

/** The highest and lowest rows (the first one listed wins a tie), or null for an empty chart. */
export function chartSummary(rows: readonly ChartRow[]): ChartSummary | null {
  const [first] = rows;
  if (!first) return null;
  let highest = first;
  let lowest = first;
  for (const row of rows) {
    if (row.value > highest.value) highest = row;
    if (row.value < lowest.value) lowest = row;
  }
  return {
    count: rows.length,
    highest: highest.label,
    highestValue: highest.display,
    lowest: lowest.label,
    lowestValue: lowest.display,
  };
}
