import { createHmac } from 'node:crypto';

/**
 * The voter key: HMAC-SHA256 of the lower-cased email under VOTER_KEY_SECRET. It is derived from
 * the person's verified email, not the account, so it survives erasure and re-registration, and
 * without the secret it cannot be linked back to an address.
 */
export type VoterKey = string;

export function voterKey(secret: string, email: string): VoterKey {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex');
}
