import { createHash } from 'node:crypto';
import type { ResultsInputs } from './results-snapshot';
import type { PairwiseAnswerRow } from './results.repository';

/** The groups of inputs a fingerprint tells apart, so a refusal can say what changed. */
export const FINGERPRINT_PARTS = [
  'settings',
  'rubric',
  'ideas',
  'votes',
  'scores',
  'conflicts',
  'prizes',
  'overrides',
] as const;
export type FingerprintPart = (typeof FINGERPRINT_PARTS)[number];
/** Stored in challenge_results.inputs_fingerprint when the results are confirmed. */
export type InputsFingerprint = Record<FingerprintPart, string>;

/** Everything the calculator reads except the pairwise fit (its answers stand for it) and the time. */
export type FingerprintInputs = Omit<ResultsInputs, 'pairwise' | 'computedAt'> & {
  pairwiseAnswers: PairwiseAnswerRow[];
};

const PART_NAMES: Record<FingerprintPart, string> = {
  settings: 'the challenge’s settings',
  rubric: 'the rubric',
  ideas: 'the shortlisted ideas',
  votes: 'the public votes',
  scores: 'the judges’ submitted scores',
  conflicts: 'the conflicts of interest',
  prizes: 'the prizes',
  overrides: 'the prize overrides',
};

/**
 * A sha256 per group of the inputs of the results, over a canonical JSON of the rows as read (each
 * query has a total order). Equal fingerprints mean the calculator would compute the same results,
 * up to the time of computing.
 */
export function inputsFingerprint(inputs: FingerprintInputs): InputsFingerprint {
  const c = inputs.challenge;
  const parts: Record<FingerprintPart, unknown> = {
    settings: [
      c.id,
      c.slug,
      c.title,
      c.public_vote_weight,
      c.public_vote_measure,
      c.pairwise_voting,
      c.judges_per_idea,
    ],
    rubric: inputs.criteria,
    ideas: inputs.ideas.map((i) => [i.id, i.title, i.category, i.entrant_category, i.shortlisted]),
    votes: {
      counts: inputs.ideas.map((i) => [i.id, i.vote_count, i.comparison_count]),
      pairwise: inputs.pairwiseAnswers,
    },
    scores: inputs.scores,
    conflicts: inputs.conflictsHandled,
    prizes: inputs.prizes,
    overrides: inputs.overrides,
  };
  const hashes = {} as InputsFingerprint;
  for (const part of FINGERPRINT_PARTS) {
    hashes[part] = createHash('sha256').update(canonicalJson(parts[part])).digest('hex');
  }
  return hashes;
}

/** The parts that differ from what was confirmed (every part when nothing was stored). */
export function changedParts(confirmed: InputsFingerprint | null, current: InputsFingerprint): FingerprintPart[] {
  return FINGERPRINT_PARTS.filter((part) => confirmed?.[part] !== current[part]);
}

/** "the rubric", "the rubric and the prizes", "the rubric, the prizes and the public votes". */
export function describeParts(parts: FingerprintPart[]): string {
  const names = parts.map((p) => PART_NAMES[p]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** JSON with object keys sorted at every level and dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
