import { STAGE_NAMES } from '@challenge/domain';
import type { ChallengeFieldsDto } from './dto/challenge-fields.dto';
import { PrizeValues } from './challenge-rules';
import { STAGE_COLUMNS } from './challenge-timeline';
import type { ChallengeEntity } from './challenge.entity';

const ENGLISH_TEXTS = [
  'summary',
  'description',
  'problemStatement',
  'eligibility',
  'howToEnter',
  'judgingSummary',
] as const;
/** Welsh texts and the cover alt texts: blank is stored as null. */
const NULLABLE_TEXTS = [
  'titleCy',
  'summaryCy',
  'descriptionCy',
  'problemStatementCy',
  'eligibilityCy',
  'howToEnterCy',
  'judgingSummaryCy',
  'coverAlt',
  'coverAltCy',
] as const;
const SCALARS = [
  'prizePotPence',
  'publicVoteWeight',
  'requiresVerifiedEmail',
  'preModeration',
  'categories',
  'entrantCategories',
  'supportVoting',
  'pairwiseVoting',
  'publicVoteMeasure',
  'voteAllowance',
  'allowSelfVotes',
  'blindReview',
] as const;

const orNull = (v: string | null | undefined): string | null =>
  v === undefined || v === null || v.trim() === '' ? null : v;

/**
 * The column values a create or update body sets (undefined keys are left alone; null clears:
 * English texts to '', Welsh texts and dates to null). Prizes and rules live in other tables.
 */
export function columnsFrom(dto: ChallengeFieldsDto & { title?: string; slug?: string }): Partial<ChallengeEntity> {
  const patch: Partial<ChallengeEntity> = {};
  const set = <K extends keyof ChallengeEntity>(key: K, value: ChallengeEntity[K]): void => {
    patch[key] = value;
  };
  if (dto.title !== undefined) set('title', dto.title.trim());
  if (dto.slug !== undefined) set('slug', dto.slug);
  for (const key of ENGLISH_TEXTS) if (dto[key] !== undefined) set(key, dto[key] ?? '');
  for (const key of NULLABLE_TEXTS) if (dto[key] !== undefined) set(key, orNull(dto[key]));
  for (const key of SCALARS) {
    const value = dto[key];
    if (value !== undefined) set(key, value as never);
  }
  for (const stage of STAGE_NAMES) {
    const window = dto.stages?.[stage];
    if (window === undefined) continue;
    for (const edge of ['opensAt', 'closesAt'] as const) {
      const value = window === null ? null : window[edge];
      if (window === null || value !== undefined) set(STAGE_COLUMNS[stage][edge], value ? new Date(value) : null);
    }
  }
  return patch;
}

export function prizesFrom(dto: ChallengeFieldsDto): PrizeValues[] | undefined {
  return dto.prizes?.map((p) => ({
    name: p.name.trim(),
    nameCy: orNull(p.nameCy),
    amountPence: p.amountPence,
    count: p.count ?? 1,
    category: orNull(p.category),
    peoplesChoice: p.peoplesChoice ?? false,
  }));
}

const comparable = (v: unknown): unknown =>
  v instanceof Date ? v.getTime() : Array.isArray(v) ? JSON.stringify(v) : v;

/** The keys of `patch` whose value differs from `current`. */
export const changedKeys = (current: ChallengeEntity, patch: Partial<ChallengeEntity>): (keyof ChallengeEntity)[] =>
  (Object.keys(patch) as (keyof ChallengeEntity)[]).filter((k) => comparable(current[k]) !== comparable(patch[k]));

const terms = (prizes: PrizeValues[]): string =>
  JSON.stringify(
    prizes.map(({ name, amountPence, count, category, peoplesChoice }) => [
      name,
      amountPence,
      count,
      category,
      peoplesChoice,
    ]),
  );
/** Same prize terms (names, amounts, counts, categories, People's Choice); Welsh names may change freely. */
export const samePrizeTerms = (a: PrizeValues[], b: PrizeValues[]): boolean => terms(a) === terms(b);
export const samePrizes = (a: PrizeValues[], b: PrizeValues[]): boolean =>
  terms(a) === terms(b) && a.every((p, i) => p.nameCy === b[i]?.nameCy);

/** A stage date column name, as the API spells it (`stages.voting.closesAt`), or undefined. */
export function stageFieldOf(key: keyof ChallengeEntity): string | undefined {
  for (const stage of STAGE_NAMES) {
    for (const edge of ['opensAt', 'closesAt'] as const) {
      if (STAGE_COLUMNS[stage][edge] === key) return `stages.${stage}.${edge}`;
    }
  }
  return undefined;
}
