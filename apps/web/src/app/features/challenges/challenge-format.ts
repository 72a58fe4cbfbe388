import type { ChallengeState, ChallengeWarning } from '@challenge/contract';

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
