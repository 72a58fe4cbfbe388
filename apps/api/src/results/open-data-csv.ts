import type { OpenDataExport, PrizeAward, RankedIdea } from '@challenge/contract';

type Cell = string | number | boolean | null;

/**
 * A text cell that a spreadsheet would run as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading apostrophe (OWASP "CSV injection"). Numbers are written as numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: Cell[]): string => cells.map(csvCell).join(',');

const judgeNumber = (label: string): number => Number(label.replace(/^judge /, ''));

/**
 * The open data as one CSV table (RFC 4180, CRLF line ends): one row per publicly listed idea
 * with its public vote, then for each judge ("judge 1"…) the score per criterion, the weighted
 * total and the normalised total (empty where that judge did not score the idea), then the panel,
 * public and final scores, the rank, the flags and the prizes won. Scores are written in full
 * precision so the ranking can be recomputed from this file too.
 */
export function openDataCsv(data: OpenDataExport, ranking: RankedIdea[], awards: PrizeAward[]): string {
  const judges = [...new Set(data.judgeScores.map((s) => s.judge))].sort((a, b) => judgeNumber(a) - judgeNumber(b));
  const ranked = new Map(ranking.map((r) => [r.ideaId, r]));
  const won = new Map<string, PrizeAward[]>();
  for (const a of awards) if (a.ideaId !== null) won.set(a.ideaId, [...(won.get(a.ideaId) ?? []), a]);

  const header: Cell[] = [
    'idea_id',
    'title',
    'category',
    'entrant_category',
    'shortlisted',
    'vote_count',
    'pairwise_score',
    'pairwise_comparisons',
    ...judges.flatMap((j) => [
      ...data.criteria.map((c) => `${j}: ${c.name}`),
      `${j}: weighted total`,
      `${j}: normalised`,
    ]),
    'panel_score',
    'panel_raw_average',
    'public_score',
    'final_score',
    'rank',
    'flags',
    'prizes',
    'prize_amount_pence',
  ];
  const rows = data.ideas.map((idea): Cell[] => {
    const r = ranked.get(idea.id);
    const prizes = won.get(idea.id) ?? [];
    const judgeCells = judges.flatMap((label): Cell[] => {
      const j = r?.judges.find((row) => row.judge === label);
      if (!j) return Array<Cell>(data.criteria.length + 2).fill(null);
      const score = new Map(j.criteria.map((c) => [c.criterionId, c.score]));
      return [...data.criteria.map((c) => score.get(c.id) ?? null), j.total, j.normalised];
    });
    return [
      idea.id,
      idea.title,
      idea.category,
      idea.entrantCategory,
      idea.shortlisted,
      idea.voteCount,
      idea.pairwiseScore,
      idea.comparisons,
      ...judgeCells,
      r?.panelScore ?? null,
      r?.panelRawAverage ?? null,
      r?.publicScore ?? null,
      r?.finalScore ?? null,
      r?.rank ?? null,
      r ? r.flags.join(' ') : null,
      prizes.length > 0 ? prizes.map((p) => p.prizeName).join('; ') : null,
      prizes.length > 0 ? prizes.reduce((sum, p) => sum + p.amountPence, 0) : null,
    ];
  });
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
