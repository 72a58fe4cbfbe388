/**
 * The "how the winners were chosen" formula in words, in English and Welsh, with the challenge's
 * own numbers filled in. It describes exactly what `computeRanking` does.
 */
import { DEFAULT_DISAGREEMENT_THRESHOLD } from './ranking';
import type { VoteMeasure } from './types';

export type MethodFormulaInput = {
  publicVoteWeight: number;
  publicVoteMeasure: VoteMeasure;
  disagreementThreshold?: number;
};
export type MethodFormula = { formula: string; formulaCy: string };

/** 0.3 → "30%", 0.125 → "12.5%". */
export const percent = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;

export function methodFormula(input: MethodFormulaInput): MethodFormula {
  const w = input.publicVoteWeight;
  if (!(w >= 0 && w <= 1)) throw new RangeError(`publicVoteWeight must be between 0 and 1, not ${w}`);
  const panel = percent(1 - w);
  const publicPart = percent(w);
  const threshold = input.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD;
  const pairwise = input.publicVoteMeasure === 'pairwise';

  const formula = [
    'Each judge’s scores are combined into a weighted total out of 100 using the criteria weights.',
    'Each judge’s totals are then normalised as z-scores (how many of that judge’s own standard deviations above or below their average), so a harsh or lenient judge does not decide the result.',
    'The panel score is the mean of an idea’s normalised totals, rescaled from 0 (lowest on the shortlist) to 1 (highest).',
    pairwise
      ? 'The public vote is the idea’s pairwise score: its estimated chance of beating a randomly chosen other idea (0.5 when it has none).'
      : 'The public vote is the idea’s supports divided by the most supports of any shortlisted idea.',
    `Final score = ${panel} panel score + ${publicPart} public vote.`,
    'Ideas are ranked by final score; equal final scores are flagged as ties and ordered by the panel score.',
    `An idea whose judges’ normalised totals differ by more than ${threshold} is flagged for disagreement.`,
  ].join(' ');

  const formulaCy = [
    'Caiff sgoriau pob beirniad eu cyfuno’n gyfanswm wedi’i bwysoli allan o 100 gan ddefnyddio pwysiadau’r meini prawf.',
    'Yna caiff cyfansymiau pob beirniad eu normaleiddio’n sgoriau z (faint o wyriadau safonol y beirniad ei hun uwchlaw neu islaw ei gyfartaledd), fel nad yw beirniad llym neu hael yn penderfynu’r canlyniad.',
    'Sgôr y panel yw cymedr cyfansymiau normaleiddiedig syniad, wedi’u hailraddio o 0 (yr isaf ar y rhestr fer) i 1 (yr uchaf).',
    pairwise
      ? 'Y bleidlais gyhoeddus yw sgôr parau’r syniad: ei siawns amcangyfrifedig o guro syniad arall a ddewisir ar hap (0.5 pan nad oes ganddo un).'
      : 'Y bleidlais gyhoeddus yw nifer cefnogwyr y syniad wedi’i rannu â’r nifer fwyaf o gefnogwyr a gafodd unrhyw syniad ar y rhestr fer.',
    `Sgôr derfynol = ${panel} sgôr y panel + ${publicPart} y bleidlais gyhoeddus.`,
    'Caiff syniadau eu rhestru yn ôl y sgôr derfynol; caiff sgoriau terfynol cyfartal eu nodi’n gyfartal a’u trefnu yn ôl sgôr y panel.',
    `Caiff syniad y mae cyfansymiau normaleiddiedig ei feirniaid yn gwahaniaethu o fwy na ${threshold} ei nodi am anghytundeb.`,
  ].join(' ');

  return { formula, formulaCy };
}
