import * as argon2 from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
const MIN_EMAIL_NAME_CHECKED = 4;

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), per OWASP guidance. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  argon2.verify(hash, password).catch(() => false);

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'That password is too common; choose one that is harder to guess';
  // Only a local part long enough to matter: 'jo@…' must not forbid every password containing 'jo'.
  const name = email?.toLowerCase().split('@')[0] ?? '';
  if (name.length >= MIN_EMAIL_NAME_CHECKED && lower.includes(name))
    return 'Password must not contain your email address';
  return null;
}
