import { randomBytes } from 'node:crypto';

/**
 * The seeded voters. Voter `n` is `voter-<n>@bench.invalid` with a verified email and one session
 * whose bearer token is `<salt>.<n>`; like every session, only the token's SHA-256 is stored, and
 * the salt is new on every run.
 */
export type VoterIdentity = { salt: string };

export const newVoterIdentity = (): VoterIdentity => ({ salt: randomBytes(18).toString('base64url') });

export const voterEmail = (n: number): string => `voter-${n}@bench.invalid`;

export const voterToken = (identity: VoterIdentity, n: number): string => `${identity.salt}.${n}`;

/**
 * Voters are split in disjoint slices, one per phase, so no phase meets another's allowances: a
 * few hundred warm the API up, the rest are six equal slices.
 */
export const PHASE_SLICES = [
  'warm-up',
  'api-spread',
  'api-hot',
  'api-one-idea',
  'db-spread',
  'db-hot',
  'db-one-idea',
] as const;
export type PhaseSlice = (typeof PHASE_SLICES)[number];

/** The first voter number of a phase's slice and its size. */
export function sliceOf(voters: number, phase: PhaseSlice): { first: number; size: number } {
  const warm = Math.min(300, Math.floor(voters / 20));
  if (phase === 'warm-up') return { first: 0, size: warm };
  const size = Math.floor((voters - warm) / (PHASE_SLICES.length - 1));
  return { first: warm + (PHASE_SLICES.indexOf(phase) - 1) * size, size };
}
