import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed `pairId` of a served pair, so any replica can check an answer without storing what
 * it served: the challenge, a tag of the voter (a hash of their voter key, never the key or the
 * email), the two ideas (low < high) and an expiry. Format `v1.<payload>.<signature>`, both
 * base64url; the signature is HMAC-SHA256 under a key derived from VOTER_KEY_SECRET, so a client
 * can read its own token but cannot forge or alter one.
 */
export type PairClaims = {
  challengeId: string;
  voterTag: string;
  low: string;
  high: string;
  /** Epoch milliseconds. */
  expiresAt: number;
};

/** How long a served pair can be answered. */
export const PAIR_TTL_MS = 60 * 60 * 1000;

const VERSION = 'v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A short, one-way tag of the voter key for the token (the key itself never leaves the server). */
export const voterTagOf = (voterKey: string): string =>
  createHash('sha256').update(`pair-voter:${voterKey}`).digest('base64url').slice(0, 22);

export class PairTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('pair-id').digest();
  }

  sign(claims: PairClaims): string {
    const payload = Buffer.from(
      JSON.stringify([claims.challengeId, claims.voterTag, claims.low, claims.high, claims.expiresAt]),
    ).toString('base64url');
    return `${VERSION}.${payload}.${this.mac(payload)}`;
  }

  /** The claims of a token this server signed, or null when it is malformed or its signature is wrong. */
  verify(token: string): PairClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) return null;
    const [, payload = '', signature = ''] = parts;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!Array.isArray(decoded) || decoded.length !== 5) return null;
    const [challengeId, voterTag, low, high, expiresAt] = decoded as unknown[];
    if (
      typeof challengeId !== 'string' ||
      typeof voterTag !== 'string' ||
      typeof low !== 'string' ||
      typeof high !== 'string' ||
      typeof expiresAt !== 'number' ||
      ![challengeId, low, high].every((id) => UUID.test(id)) ||
      !(low < high)
    ) {
      return null;
    }
    return { challengeId, voterTag, low, high, expiresAt };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
