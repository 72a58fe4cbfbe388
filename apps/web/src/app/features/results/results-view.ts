import type { Locale, PrizeAward, ResultsMethod } from '@challenge/contract';
import { LocalText, localText } from '../../shared/i18n/local-text';
import { formatPence, formatPercent } from '../../shared/format/money';
import { formatDecimal } from './results-format';

/** Text to show: a translation key with its parameters, or (key null) text as it is. */
export type Line = { key: string | null; text: string; params?: Record<string, string> };
/** A translated line (always a key). */
export type Said = Line & { key: string };
const plain = (text: string): Line => ({ key: null, text });
const key = (name: string, params?: Record<string, string>): Said => ({
  key: `results.method.${name}`,
  text: '',
  params,
});

/** One line of the "how the winners were chosen" facts: a translation key for the label, and the value. */
export type MethodFact = { label: string; value: Line; testId: string };
export type MethodCriterion = { name: LocalText; share: string; range: Said };
export type MethodOverride = { prizeName: LocalText; ideaTitle: string | null; reason: string };

/** The "how the winners were chosen" section, assembled from the published method. */
export type MethodView = {
  criteria: MethodCriterion[];
  facts: MethodFact[];
  /** The formula in words, Welsh when the interface is Welsh. */
  formula: LocalText;
  conflicts: Said;
  overrides: MethodOverride[];
};

/**
 * The method in the reader's language: criteria with their share of the weight and score range,
 * the panel, normalisation and weights as facts, the formula text, conflicts and the overrides
 * with their reasons (Welsh prize names taken from the awards).
 */
export function methodView(method: ResultsMethod, awards: readonly PrizeAward[], locale: Locale): MethodView {
  const totalWeight = method.criteria.reduce((sum, c) => sum + c.weight, 0);
  const criteria = method.criteria.map(
    (c): MethodCriterion => ({
      name: localText(locale, c.name, c.nameCy),
      share: formatPercent(totalWeight > 0 ? c.weight / totalWeight : 0),
      range: key('range', { min: String(c.minScore), max: String(c.maxScore) }),
    }),
  );
  const facts: MethodFact[] = [
    { label: 'results.method.judgeCount', value: plain(String(method.judgeCount)), testId: 'method-judges' },
  ];
  if (method.judgesPerIdea !== null) {
    facts.push({
      label: 'results.method.judgesPerIdea',
      value: plain(String(method.judgesPerIdea)),
      testId: 'method-judges-per-idea',
    });
  }
  facts.push(
    { label: 'results.method.normalisation', value: key('normalisationValue'), testId: 'method-normalisation' },
    { label: 'results.method.panelWeight', value: plain(formatPercent(method.panelWeight)), testId: 'method-panel' },
    {
      label: 'results.method.publicVoteWeight',
      value:
        method.publicVoteWeight > 0
          ? key(`voteWeight.${method.publicVoteMeasure}`, { percent: formatPercent(method.publicVoteWeight) })
          : key('noVote'),
      testId: 'method-vote',
    },
    {
      label: 'results.method.disagreement',
      value: key('disagreementValue', {
        threshold: formatDecimal(
          method.disagreementThreshold,
          Number.isInteger(method.disagreementThreshold) ? 0 : 1,
          locale,
        ),
      }),
      testId: 'method-disagreement',
    },
    {
      label: 'results.method.conflictsHandled',
      value: plain(String(method.conflictsHandled)),
      testId: 'method-conflicts',
    },
  );
  const welshNames = new Map(awards.filter((a) => a.overridden).map((a) => [a.prizeName, a.prizeNameCy]));
  return {
    criteria,
    facts,
    formula: localText(locale, method.formula, method.formulaCy),
    conflicts: method.conflictsHandled > 0 ? key('conflictsSome') : key('conflictsNone'),
    overrides: method.overrides.map((o) => ({
      prizeName: localText(locale, o.prizeName, welshNames.get(o.prizeName)),
      ideaTitle: o.ideaTitle,
      reason: o.reason,
    })),
  };
}

/** A prize slot as the winners table shows it. */
export type AwardRow = {
  key: string;
  prizeName: LocalText;
  tier: PrizeAward['tier'];
  category: string | null;
  ideaId: string | null;
  ideaTitle: string | null;
  amount: string;
  overridden: boolean;
};

/** Every prize slot in prize order, names in the reader's language, amounts in pounds. */
export function awardRows(awards: readonly PrizeAward[], locale: Locale): AwardRow[] {
  return awards.map((a) => ({
    key: `${a.prizeId}#${a.slot}`,
    prizeName: localText(locale, a.prizeName, a.prizeNameCy),
    tier: a.tier,
    category: a.category,
    ideaId: a.ideaId,
    ideaTitle: a.ideaTitle,
    amount: formatPence(a.amountPence, locale),
    overridden: a.overridden,
  }));
}

/** The money actually awarded: slots with a winner only. */
export const totalAwarded = (awards: readonly PrizeAward[], locale: Locale): string =>
  formatPence(
    awards.reduce((sum, a) => sum + (a.ideaId ? a.amountPence : 0), 0),
    locale,
  );

/** The ideas that won at least one prize, each once, in prize order. */
export function winningIdeas(awards: readonly PrizeAward[]): { ideaId: string; ideaTitle: string }[] {
  const seen = new Map<string, string>();
  for (const a of awards) if (a.ideaId && !seen.has(a.ideaId)) seen.set(a.ideaId, a.ideaTitle ?? '');
  return [...seen].map(([ideaId, ideaTitle]) => ({ ideaId, ideaTitle }));
}
