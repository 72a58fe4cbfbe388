import type {
  ApiError,
  Challenge,
  CreateChallengeRequest,
  PrizeInput,
  StageName,
  Stages,
  StagesInput,
  UpdateChallengeRequest,
} from '@challenge/contract';
import { STAGE_NAMES } from '@challenge/domain';
import { isValidLondonDateTime, isoToLondon, londonToIso } from '../../shared/dates/london-time';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { VotingFormValue, emptyVotingValue, votingBody, votingFieldId, votingValueOf } from '../voting';

/** The texts an admin writes, each also in Welsh (`<name>Cy`). */
export const TEXT_FIELDS = [
  'title',
  'summary',
  'problemStatement',
  'description',
  'eligibility',
  'howToEnter',
  'judgingSummary',
  'rules',
  'coverAlt',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextKey = TextField | `${TextField}Cy`;
export type Edge = 'opensAt' | 'closesAt';

export type DateValue = { day: string; month: string; year: string; time: string };
export type StageValue = Record<Edge, DateValue>;
export type PrizeValue = {
  name: string;
  nameCy: string;
  amount: string;
  count: string;
  category: string;
  peoplesChoice: boolean;
};

/** Everything the challenge form holds, as the strings and flags the inputs edit. */
export type ChallengeFormValue = {
  organisationId: string;
  coHostOrganisationIds: string[];
  texts: Record<TextKey, string>;
  categories: string;
  entrantCategories: string;
  prizePot: string;
  prizes: PrizeValue[];
  publicVoteWeight: string;
  requiresVerifiedEmail: boolean;
  preModeration: boolean;
  voting: VotingFormValue;
  stages: Record<StageName, StageValue>;
  changeReason: string;
};

export const TEXT_KEYS: readonly TextKey[] = TEXT_FIELDS.flatMap((f) => [f, `${f}Cy` as const]);

const emptyDate = (): DateValue => ({ day: '', month: '', year: '', time: '' });
export const emptyPrize = (): PrizeValue => ({
  name: '',
  nameCy: '',
  amount: '',
  count: '1',
  category: '',
  peoplesChoice: false,
});

export function emptyFormValue(organisationId = ''): ChallengeFormValue {
  return {
    organisationId,
    coHostOrganisationIds: [],
    texts: Object.fromEntries(TEXT_KEYS.map((k) => [k, ''])) as Record<TextKey, string>,
    categories: '',
    entrantCategories: '',
    prizePot: '',
    prizes: [],
    publicVoteWeight: '',
    requiresVerifiedEmail: true,
    preModeration: false,
    voting: emptyVotingValue(),
    stages: Object.fromEntries(STAGE_NAMES.map((s) => [s, { opensAt: emptyDate(), closesAt: emptyDate() }])) as Record<
      StageName,
      StageValue
    >,
    changeReason: '',
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function dateValueOf(iso: string | null): DateValue {
  if (!iso) return emptyDate();
  const t = isoToLondon(iso);
  return { day: String(t.day), month: String(t.month), year: String(t.year), time: `${pad(t.hour)}:${pad(t.minute)}` };
}

/** Pence as pounds for an input: 500000 → "5000", 250050 → "2500.50". */
export const poundsOf = (pence: number | null): string =>
  pence === null ? '' : pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);

/** The form filled in from a saved challenge. */
export function formValueOf(c: Challenge): ChallengeFormValue {
  const value = emptyFormValue(c.organisation.id);
  value.coHostOrganisationIds = c.hosts.filter((h) => h.id !== c.organisation.id).map((h) => h.id);
  for (const key of TEXT_KEYS) {
    if (key === 'rules') value.texts.rules = c.rules?.body ?? '';
    else if (key === 'rulesCy') value.texts.rulesCy = c.rules?.bodyCy ?? '';
    else value.texts[key] = (c[key] as string | null) ?? '';
  }
  value.categories = c.categories.join('\n');
  value.entrantCategories = c.entrantCategories.join('\n');
  value.prizePot = poundsOf(c.prizePotPence);
  value.prizes = c.prizes.map((p) => ({
    name: p.name,
    nameCy: p.nameCy ?? '',
    amount: poundsOf(p.amountPence),
    count: String(p.count),
    category: p.category ?? '',
    peoplesChoice: p.peoplesChoice,
  }));
  value.publicVoteWeight = c.publicVoteWeight === null ? '' : String(Math.round(c.publicVoteWeight * 1000) / 10);
  value.requiresVerifiedEmail = c.requiresVerifiedEmail;
  value.preModeration = c.preModeration;
  value.voting = votingValueOf(c);
  for (const stage of STAGE_NAMES) {
    value.stages[stage] = {
      opensAt: dateValueOf(c.stages[stage].opensAt),
      closesAt: dateValueOf(c.stages[stage].closesAt),
    };
  }
  return value;
}

/** "£2,500.50" → 250050 pence; null when it is not an amount of money. */
export function parsePounds(text: string): number | null {
  const m = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const pounds = Number((m[1] ?? '').replace(/,/g, ''));
  const pence = Number((m[2] ?? '0').padEnd(2, '0'));
  return pounds * 100 + pence;
}

/** "30" or "30%" → 0.3; null when not a percentage from 0 to 100 with at most one decimal place. */
export function parsePercent(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d))?\s*%?$/.exec(text.trim());
  if (!m) return null;
  const tenths = Number(m[1]) * 10 + Number(m[2] ?? 0);
  return tenths > 1000 ? null : tenths / 1000;
}

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const validList = (items: string[]): boolean =>
  items.length <= 20 && items.every((i) => i.length <= 50) && new Set(items).size === items.length;

/** An input id for each date, for labels and for errors. */
export const dateId = (stage: StageName, edge: Edge): string => `${stage}-${edge}`;

const blankDate = (d: DateValue): boolean => !d.day.trim() && !d.month.trim() && !d.year.trim() && !d.time.trim();

/** A London date and time from the four inputs as an ISO instant; undefined when not a real date and time. */
export function dateToIso(d: DateValue): string | undefined {
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(d.time.trim());
  const num = (s: string): number => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);
  const t = {
    year: num(d.year),
    month: num(d.month),
    day: num(d.day),
    hour: time ? Number(time[1]) : NaN,
    minute: time ? Number(time[2]) : NaN,
  };
  return isValidLondonDateTime(t) ? londonToIso(t) : undefined;
}

const nullable = (text: string): string | null => (text.trim() ? text.trim() : null);

export type Labels = { date: (stage: StageName, edge: Edge) => string; field: (name: string) => string };
export type Mapped = { body: CreateChallengeRequest; errors: FormError[] };

/**
 * The request body for the form's value, or the errors to show first. When editing, `saved`
 * stages keep their exact instant if the admin left that date alone.
 */
export function toRequestBody(v: ChallengeFormValue, labels: Labels, saved?: Stages): Mapped {
  const errors: FormError[] = [];
  if (!v.texts.title.trim()) errors.push(fieldError('title', 'challenges.validation.titleRequired'));
  const categories = lines(v.categories);
  const entrantCategories = lines(v.entrantCategories);
  if (!validList(categories)) {
    errors.push(fieldError('categories', 'challenges.validation.tooMany', { field: labels.field('categories') }));
  }
  if (!validList(entrantCategories)) {
    errors.push(
      fieldError('entrantCategories', 'challenges.validation.tooMany', { field: labels.field('entrantCategories') }),
    );
  }
  const prizePotPence = v.prizePot.trim() ? parsePounds(v.prizePot) : null;
  if (v.prizePot.trim() && prizePotPence === null) errors.push(fieldError('prizePot', 'challenges.validation.money'));
  const prizes: PrizeInput[] = v.prizes.map((p, i) => {
    const number = String(i + 1);
    const amountPence = parsePounds(p.amount);
    const count = /^\d{1,4}$/.test(p.count.trim()) ? Number(p.count.trim()) : NaN;
    if (!p.name.trim()) errors.push(fieldError(`prize-${i}-name`, 'challenges.validation.prizeName', { number }));
    if (amountPence === null || amountPence < 1) {
      errors.push(fieldError(`prize-${i}-amount`, 'challenges.validation.prizeAmount', { number }));
    }
    if (!(count >= 1 && count <= 1000)) {
      errors.push(fieldError(`prize-${i}-count`, 'challenges.validation.prizeCount', { number }));
    }
    return {
      name: p.name.trim(),
      nameCy: nullable(p.nameCy),
      amountPence: amountPence ?? 0,
      count,
      category: nullable(p.category),
      peoplesChoice: p.peoplesChoice,
    };
  });
  const weight = v.publicVoteWeight.trim() ? parsePercent(v.publicVoteWeight) : null;
  if (v.publicVoteWeight.trim() && weight === null) {
    errors.push(fieldError('publicVoteWeight', 'challenges.validation.percent'));
  }
  const voting = votingBody(v.voting);
  errors.push(...voting.errors);
  const stages: StagesInput = {};
  for (const stage of STAGE_NAMES) {
    const window: Record<Edge, string | null> = { opensAt: null, closesAt: null };
    for (const edge of ['opensAt', 'closesAt'] as const) {
      const d = v.stages[stage][edge];
      if (blankDate(d)) continue;
      const before = saved?.[stage][edge] ?? null;
      const iso = before && sameDate(dateValueOf(before), d) ? before : dateToIso(d);
      if (iso === undefined) {
        errors.push(
          fieldError(`${dateId(stage, edge)}-day`, 'challenges.validation.date', { field: labels.date(stage, edge) }),
        );
      } else window[edge] = iso;
    }
    stages[stage] = window;
  }
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, nullable(v.texts[k])]));
  const body: CreateChallengeRequest = {
    ...texts,
    title: v.texts.title.trim(),
    organisationId: v.organisationId,
    coHostOrganisationIds: v.coHostOrganisationIds.filter((id) => id !== v.organisationId),
    categories,
    entrantCategories,
    prizePotPence,
    prizes,
    publicVoteWeight: weight,
    requiresVerifiedEmail: v.requiresVerifiedEmail,
    preModeration: v.preModeration,
    ...voting.body,
    stages,
  };
  return { body, errors };
}

const sameDate = (a: DateValue, b: DateValue): boolean =>
  Number(a.day) === Number(b.day) &&
  Number(a.month) === Number(b.month) &&
  Number(a.year) === Number(b.year) &&
  a.time === b.time.trim().replace('.', ':').padStart(5, '0');

/** The update body: what create sends, without the hosts (fixed once created), with the reason if given. */
export function toUpdateBody(body: CreateChallengeRequest, changeReason: string): UpdateChallengeRequest {
  const rest: UpdateChallengeRequest & Partial<CreateChallengeRequest> = { ...body };
  delete rest.organisationId;
  delete rest.coHostOrganisationIds;
  return changeReason.trim() ? { ...rest, changeReason: changeReason.trim() } : rest;
}

/** The input id for a field the API names (`stages.voting.opensAt`, `prizes.0.amountPence`, `titleCy`…). */
export function fieldIdFor(apiField: string): string | null {
  const stage = /^stages\.(\w+)\.(opensAt|closesAt)$/.exec(apiField);
  if (stage && (STAGE_NAMES as readonly string[]).includes(stage[1] ?? '')) return `${stage[1]}-${stage[2]}-day`;
  const prize = /^prizes\.(\d+)\.(name|nameCy|amountPence|count|category|peoplesChoice)$/.exec(apiField);
  if (prize) return `prize-${prize[1]}-${prize[2] === 'amountPence' ? 'amount' : prize[2]}`;
  const named: Record<string, string> = {
    prizePotPence: 'prizePot',
    prizes: 'prizes',
    coHostOrganisationIds: 'coHosts',
    organisationId: 'organisationId',
    categories: 'categories',
    entrantCategories: 'entrantCategories',
    publicVoteWeight: 'publicVoteWeight',
    changeReason: 'changeReason',
  };
  if (named[apiField]) return named[apiField] ?? null;
  const voting = votingFieldId(apiField);
  if (voting) return voting;
  return (TEXT_KEYS as readonly string[]).includes(apiField) ? apiField : null;
}

/** Every message of an API error, each next to its input where we have one, the rest in the summary. */
export function challengeApiErrors(error: ApiError): FormError[] {
  if (error.statusCode === 0 || error.statusCode >= 500) return [fieldError(null, 'common.serviceUnavailable')];
  const errors = Object.entries(error.fields ?? {}).flatMap(([field, messages]) =>
    messages.slice(0, 1).map((message): FormError => {
      const id = fieldIdFor(field);
      return { field: id, message: id ? message : `${field}: ${message}`, translate: false };
    }),
  );
  return errors.length ? errors : [{ field: null, message: error.message, translate: false }];
}
