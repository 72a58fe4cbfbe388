import type { OutgoingMail } from '../notifications/mail.service';

export const VERIFY_EMAIL_TTL_SECONDS = 24 * 60 * 60;
export const RESET_PASSWORD_TTL_SECONDS = 60 * 60;

/** The link in an email; it always ends with `<path>?token=<token>`. */
export const tokenLink = (appUrl: string, path: 'verify-email' | 'reset-password', token: string): string =>
  `${appUrl.replace(/\/$/, '')}/${path}?token=${encodeURIComponent(token)}`;

export const verifyEmailMail = (to: string, displayName: string, appUrl: string, token: string): OutgoingMail => ({
  to,
  template: 'verify-email',
  subject: 'Verify your email address',
  text: [
    `Hello ${displayName},`,
    '',
    'Thank you for registering with Council Challenges. Open this link within 24 hours to verify your email address:',
    '',
    tokenLink(appUrl, 'verify-email', token),
    '',
    'If you did not register, you can ignore this email.',
  ].join('\n'),
});

/** Sent instead of a verification email when someone registers with an address already in use. */
export const accountExistsMail = (to: string, appUrl: string): OutgoingMail => ({
  to,
  template: 'account-exists',
  subject: 'Someone tried to register with your email address',
  text: [
    'Someone (maybe you) tried to register a new Council Challenges account with this email address, which already has an account.',
    '',
    `If it was you, sign in at ${appUrl}/sign-in, or reset your password at ${appUrl}/forgot-password if you have forgotten it.`,
    '',
    'If it was not you, you can ignore this email: nothing has changed on your account.',
  ].join('\n'),
});

export const resetPasswordMail = (to: string, displayName: string, appUrl: string, token: string): OutgoingMail => ({
  to,
  template: 'reset-password',
  subject: 'Reset your password',
  text: [
    `Hello ${displayName},`,
    '',
    'Open this link within 1 hour to choose a new password. Choosing one signs you out everywhere:',
    '',
    tokenLink(appUrl, 'reset-password', token),
    '',
    'If you did not ask to reset your password, you can ignore this email.',
  ].join('\n'),
});
