import type { ChallengeState, ChallengeWarning, Locale } from '@challenge/contract';

/** A text to show and the language it is in (for `lang` when English stands in for missing Welsh). */
export type LocalText = { text: string; lang: Locale };

/** The Welsh text when the interface is Welsh and the Welsh is given, else the English. */
export function localText(locale: Locale, en: string | null | undefined, cy: string | null | undefined): LocalText {
  if (locale === 'cy' && cy && cy.trim()) return { text: cy, lang: 'cy' };
  return { text: en ?? '', lang: 'en' };
}

/** `lang` for an element holding `text`: only set when it differs from the interface language. */
export const langAttr = (text: LocalText, locale: Locale): Locale | null => (text.lang === locale ? null : text.lang);

const money = new Map<string, Intl.NumberFormat>();

/** £10,000 or £2,500.50 (pence only when there are any). */
export function formatPence(pence: number, locale: Locale): string {
  const whole = pence % 100 === 0;
  const key = `${locale}:${whole}`;
  let format = money.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    money.set(key, format);
  }
  return format.format(pence / 100);
}

/** A 0–1 weight as a percentage: 0.3 → "30%", 0.125 → "12.5%". */
export const formatPercent = (weight: number): string => `${Math.round(weight * 1000) / 10}%`;

/** GOV.UK tag colour per state. */
export const STATE_TAG: Record<ChallengeState, string> = {
  draft: 'govuk-tag--grey',
  upcoming: 'govuk-tag--blue',
  submissions_open: 'govuk-tag--green',
  voting_open: 'govuk-tag--turquoise',
  shortlisting: 'govuk-tag--purple',
  judging: 'govuk-tag--purple',
  results_published: 'govuk-tag--orange',
  closed: 'govuk-tag--grey',
};

/** A message to show: a translation key (with params) or the API's own text when we don't know it. */
export type Message = { key: string; params?: Record<string, string> } | { text: string };

const MISSING: Record<string, [english: string, key: string][]> = {
  title: [['Give the challenge a title', 'title']],
  summary: [['Say what the challenge is about: give a summary or a problem statement', 'summary']],
  eligibility: [['Say who is eligible to enter', 'eligibility']],
  howToEnter: [['Say how to enter', 'howToEnter']],
  prizes: [['Add at least one prize tier', 'prizes']],
  prizePotPence: [['Set the prize pot', 'prizePotPence']],
  judgingSummary: [['Say how winners will be chosen', 'judgingSummary']],
  publicVoteWeight: [['Set the public-vote weight (0 when there is no public vote)', 'publicVoteWeight']],
  'stages.submissions.opensAt': [['Set when submissions open', 'submissionsOpensAt']],
  'stages.submissions.closesAt': [
    ['Set when submissions close', 'submissionsClosesAt'],
    ['Submissions must close in the future', 'submissionsFuture'],
  ],
};

/** The 422 "publication_incomplete" fields as messages, translated where the API's text is known. */
export function missingFacts(fields: Record<string, string[]>): Message[] {
  return Object.entries(fields).flatMap(([field, messages]) =>
    messages.map((message): Message => {
      const known = MISSING[field]?.find(([english]) => english === message);
      return known ? { key: `challenges.publish.missing.${known[1]}` } : { text: message };
    }),
  );
}

const WELSH_FIELDS = new Set([
  'titleCy',
  'summaryCy',
  'descriptionCy',
  'problemStatementCy',
  'eligibilityCy',
  'howToEnterCy',
  'judgingSummaryCy',
  'rulesCy',
]);

/** Publication warnings (missing Welsh texts) as messages; prize names come from the challenge's prizes. */
export function welshWarningMessages(warnings: ChallengeWarning[], prizeNames: readonly string[]): Message[] {
  return warnings.map((w): Message => {
    if (WELSH_FIELDS.has(w.field)) return { key: `challenges.publish.welsh.${w.field}` };
    const prize = /^prizes\.(\d+)\.nameCy$/.exec(w.field);
    const name = prize ? prizeNames[Number(prize[1])] : undefined;
    return name !== undefined ? { key: 'challenges.publish.welsh.prizeNameCy', params: { name } } : { text: w.message };
  });
}
