/** The platform admin the API creates at start-up from ADMIN_EMAIL / ADMIN_PASSWORD (see playwright.config.ts). */
export const ADMIN = { email: 'e2e-admin@example.test', password: 'e2e-admin-password-not-secret' } as const;

export const PASSWORD = 'a long enough e2e password';

let counter = 0;
/** A new, never used email address for this run. */
export const uniqueEmail = (label: string): string =>
  `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.test`;
