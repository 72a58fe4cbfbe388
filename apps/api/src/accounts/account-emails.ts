import type { Locale } from '@challenge/contract';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

export const VERIFY_EMAIL_TTL_SECONDS = 24 * 60 * 60;
export const RESET_PASSWORD_TTL_SECONDS = 60 * 60;

/** The link in an email; it always ends with `<path>?token=<token>`. */
export const tokenLink = (appUrl: string, path: 'verify-email' | 'reset-password', token: string): string =>
  `${appUrl.replace(/\/$/, '')}/${path}?token=${encodeURIComponent(token)}`;

export const verifyEmailMail = (
  to: string,
  displayName: string,
  appUrl: string,
  token: string,
  locale: Locale = 'en',
): OutgoingMail => {
  const link = tokenLink(appUrl, 'verify-email', token);
  return bilingualMail(to, 'verify-email', locale, {
    en: {
      subject: 'Verify your email address',
      lines: [
        `Hello ${displayName},`,
        '',
        'Thank you for registering with Council Challenges. Open this link within 24 hours to verify your email address:',
        '',
        link,
        '',
        'If you did not register, you can ignore this email.',
      ],
    },
    cy: {
      subject: 'Dilyswch eich cyfeiriad e-bost',
      lines: [
        `Helo ${displayName},`,
        '',
        'Diolch am gofrestru gyda Heriau Cyngor. Agorwch y ddolen hon o fewn 24 awr i ddilysu eich cyfeiriad e-bost:',
        '',
        link,
        '',
        'Os na wnaethoch gofrestru, gallwch anwybyddu’r e-bost hwn.',
      ],
    },
  });
};

/** Sent instead of a verification email when someone registers with an address already in use. */
export const accountExistsMail = (to: string, appUrl: string, locale: Locale = 'en'): OutgoingMail =>
  bilingualMail(to, 'account-exists', locale, {
    en: {
      subject: 'Someone tried to register with your email address',
      lines: [
        'Someone (maybe you) tried to register a new Council Challenges account with this email address, which already has an account.',
        '',
        `If it was you, sign in at ${appUrl}/sign-in, or reset your password at ${appUrl}/forgotten-password if you have forgotten it.`,
        '',
        'If it was not you, you can ignore this email: nothing has changed on your account.',
      ],
    },
    cy: {
      subject: 'Mae rhywun wedi ceisio cofrestru gyda’ch cyfeiriad e-bost',
      lines: [
        'Mae rhywun (chi efallai) wedi ceisio cofrestru cyfrif Heriau Cyngor newydd gyda’r cyfeiriad e-bost hwn, sydd eisoes â chyfrif.',
        '',
        `Os mai chi oedd e, mewngofnodwch yn ${appUrl}/sign-in, neu ailosodwch eich cyfrinair yn ${appUrl}/forgotten-password os ydych wedi’i anghofio.`,
        '',
        'Os nad chi oedd e, gallwch anwybyddu’r e-bost hwn: nid oes dim wedi newid ar eich cyfrif.',
      ],
    },
  });

export const resetPasswordMail = (
  to: string,
  displayName: string,
  appUrl: string,
  token: string,
  locale: Locale = 'en',
): OutgoingMail => {
  const link = tokenLink(appUrl, 'reset-password', token);
  return bilingualMail(to, 'reset-password', locale, {
    en: {
      subject: 'Reset your password',
      lines: [
        `Hello ${displayName},`,
        '',
        'Open this link within 1 hour to choose a new password. Choosing one signs you out everywhere:',
        '',
        link,
        '',
        'If you did not ask to reset your password, you can ignore this email.',
      ],
    },
    cy: {
      subject: 'Ailosod eich cyfrinair',
      lines: [
        `Helo ${displayName},`,
        '',
        'Agorwch y ddolen hon o fewn awr i ddewis cyfrinair newydd. Mae dewis un yn eich allgofnodi ym mhobman:',
        '',
        link,
        '',
        'Os na wnaethoch ofyn am ailosod eich cyfrinair, gallwch anwybyddu’r e-bost hwn.',
      ],
    },
  });
};
