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

/** Voters are split in four disjoint quarters: one per phase, so no phase sees another's allowances. */
export const PHASE_SLICES = ['api-spread', 'api-hot', 'db-spread', 'db-hot'] as const;
export type PhaseSlice = (typeof PHASE_SLICES)[number];

/** The first voter number of a phase's quarter and its size. */
export function sliceOf(voters: number, phase: PhaseSlice): { first: number; size: number } {
  const size = Math.floor(voters / PHASE_SLICES.length);
  return { first: PHASE_SLICES.indexOf(phase) * size, size };
}
