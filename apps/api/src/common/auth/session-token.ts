import { createHash, randomBytes } from 'node:crypto';

/** A new random token for a session or an emailed link (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256 hash, so a database leak reveals no usable token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
