import type { ChallengeWarning } from '@challenge/contract';
import { validateStages } from '@challenge/domain';
import type { ChallengeEntity } from './challenge.entity';
import { stagesOf } from './challenge-timeline';

/** Prize tiers as compared and stored, in order. */
export type PrizeValues = {
  name: string;
  nameCy: string | null;
  amountPence: number;
  count: number;
  category: string | null;
  /** Awarded by the public vote alone; such a prize has no category. */
  peoplesChoice: boolean;
};
export type Fields = Record<string, string[]>;

const blank = (v: string | null | undefined): boolean => !v || v.trim() === '';
const add = (fields: Fields, field: string, message: string): void => {
  (fields[field] ??= []).push(message);
};

export const prizeTotal = (prizes: PrizeValues[]): number =>
  prizes.reduce((sum, p) => sum + p.amountPence * p.count, 0);

/** Stage order and prize totals: problems the admin must fix before anything is saved (400). */
export function consistencyProblems(c: ChallengeEntity, prizes: PrizeValues[]): Fields {
  const fields: Fields = {};
  for (const p of validateStages(stagesOf(c))) add(fields, p.field, p.message);
  if (c.prizePotPence !== null && prizeTotal(prizes) > c.prizePotPence) {
    add(
      fields,
      'prizes',
      `The prizes add up to ${prizeTotal(prizes)} pence, more than the prize pot of ${c.prizePotPence} pence`,
    );
  }
  const categories = new Set([...c.categories, ...c.entrantCategories]);
  prizes.forEach((p, i) => {
    if (p.peoplesChoice && p.category !== null) {
      add(
        fields,
        `prizes.${i}.category`,
        `"${p.name}" is a People's Choice prize, chosen by the public vote across all ideas, so it cannot have a category`,
      );
    } else if (p.category !== null && !categories.has(p.category)) {
      add(fields, `prizes.${i}.category`, `Prize category "${p.category}" is not one of the challenge's categories`);
    }
  });
  votingMethodProblems(c, fields);
  return fields;
}

/** At least one public-vote method, and the measure that feeds the ranking is one of them. */
function votingMethodProblems(c: ChallengeEntity, fields: Fields): void {
  if (!c.supportVoting && !c.pairwiseVoting) {
    add(fields, 'supportVoting', 'Choose at least one public-vote method: supportVoting or pairwiseVoting');
  }
  if (c.publicVoteMeasure === 'pairwise' && !c.pairwiseVoting) {
    add(
      fields,
      'publicVoteMeasure',
      'The public vote is measured by pairwise scores, so pairwiseVoting must be on (or measure by supports)',
    );
  } else if (c.publicVoteMeasure === 'supports' && !c.supportVoting) {
    add(
      fields,
      'publicVoteMeasure',
      'The public vote is measured by supports, so supportVoting must be on (or measure by pairwise)',
    );
  }
}

/**
 * The five facts every public prize competition must publish, in English: subject, who is
 * eligible, how to enter, the prizes, how winners are chosen; and dates with submissions set.
 * When publishing, submissions must still be to come or open; an edit after publication must
 * only keep the facts stated.
 */
export function publicationProblems(
  c: ChallengeEntity,
  prizes: PrizeValues[],
  now: Date,
  { publishing = true }: { publishing?: boolean } = {},
): Fields {
  const fields = consistencyProblems(c, prizes);
  if (blank(c.title)) add(fields, 'title', 'Give the challenge a title');
  if (blank(c.summary) && blank(c.problemStatement)) {
    add(fields, 'summary', 'Say what the challenge is about: give a summary or a problem statement');
  }
  if (blank(c.eligibility)) add(fields, 'eligibility', 'Say who is eligible to enter');
  if (blank(c.howToEnter)) add(fields, 'howToEnter', 'Say how to enter');
  if (prizes.length === 0) add(fields, 'prizes', 'Add at least one prize tier');
  const peoplesChoice = prizes.findIndex((p) => p.peoplesChoice);
  if (peoplesChoice >= 0 && !c.votingOpensAt) {
    add(fields, `prizes.${peoplesChoice}`, "A People's Choice prize needs a public vote: set the voting dates");
  }
  if (c.prizePotPence === null) add(fields, 'prizePotPence', 'Set the prize pot');
  if (blank(c.judgingSummary)) add(fields, 'judgingSummary', 'Say how winners will be chosen');
  if (c.publicVoteWeight === null)
    add(fields, 'publicVoteWeight', 'Set the public-vote weight (0 when there is no public vote)');
  if (!c.submissionsOpensAt) add(fields, 'stages.submissions.opensAt', 'Set when submissions open');
  if (!c.submissionsClosesAt) add(fields, 'stages.submissions.closesAt', 'Set when submissions close');
  else if (publishing && c.submissionsClosesAt.getTime() <= now.getTime()) {
    add(fields, 'stages.submissions.closesAt', 'Submissions must close in the future');
  }
  return fields;
}

const WELSH: [keyof ChallengeEntity, keyof ChallengeEntity, string][] = [
  ['title', 'titleCy', 'title'],
  ['summary', 'summaryCy', 'summary'],
  ['description', 'descriptionCy', 'description'],
  ['problemStatement', 'problemStatementCy', 'problem statement'],
  ['eligibility', 'eligibilityCy', 'eligibility'],
  ['howToEnter', 'howToEnterCy', 'how to enter'],
  ['judgingSummary', 'judgingSummaryCy', 'judging summary'],
];

/** Welsh texts missing where the English is given: publication goes ahead, with these warnings. */
export function welshWarnings(
  c: ChallengeEntity,
  prizes: PrizeValues[],
  rules: { body: string; bodyCy: string | null } | null,
): ChallengeWarning[] {
  const warnings: ChallengeWarning[] = [];
  for (const [en, cy, label] of WELSH) {
    if (!blank(c[en] as string) && blank(c[cy] as string | null)) {
      warnings.push({ field: String(cy), message: `The Welsh ${label} is empty` });
    }
  }
  if (rules && !blank(rules.body) && blank(rules.bodyCy))
    warnings.push({ field: 'rulesCy', message: 'The Welsh rules are empty' });
  prizes.forEach((p, i) => {
    if (blank(p.nameCy))
      warnings.push({ field: `prizes.${i}.nameCy`, message: `The Welsh name of prize "${p.name}" is empty` });
  });
  return warnings;
}

/** Fields that decide who wins: fixed once submissions open unless the change is explained. */
export const FAIRNESS_FIELDS = ['prizes', 'prizePotPence', 'publicVoteWeight', 'judgingSummary'] as const;
