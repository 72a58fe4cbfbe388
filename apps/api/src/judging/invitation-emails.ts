import type { Locale } from '@challenge/contract';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

/** The web page that accepts a judge invitation (it asks the invitee to sign in or register first). */
export const judgeInvitationLink = (appUrl: string, token: string): string =>
  `${appUrl.replace(/\/$/, '')}/judging/invitations/accept?token=${encodeURIComponent(token)}`;

/**
 * Invites someone to judge one challenge. The invitee may have no account yet; their language is
 * then unknown, so English comes first and Welsh follows.
 */
export const judgeInvitationMail = (
  to: { email: string; locale: Locale },
  inviterName: string,
  challengeTitle: string,
  link: string,
  days: number,
): OutgoingMail =>
  bilingualMail(to.email, 'judge-invitation', to.locale, {
    en: {
      subject: `You are invited to judge “${challengeTitle}”`,
      lines: [
        `${inviterName} invited you to join the judging panel of the challenge “${challengeTitle}”.`,
        '',
        'Judges score the shortlisted ideas against the published criteria. Before you score, you can declare any conflict of interest, and you will never be shown those ideas.',
        '',
        `Sign in (or register) with this email address, then open this link within ${days} days to accept:`,
        link,
        '',
        'If you were not expecting this, you can ignore this email.',
      ],
    },
    cy: {
      subject: `Rydych wedi’ch gwahodd i feirniadu “${challengeTitle}”`,
      lines: [
        `Mae ${inviterName} wedi eich gwahodd i ymuno â phanel beirniadu’r her “${challengeTitle}”.`,
        '',
        'Mae beirniaid yn sgorio’r syniadau ar y rhestr fer yn erbyn y meini prawf a gyhoeddwyd. Cyn sgorio, gallwch ddatgan unrhyw wrthdaro buddiannau, ac ni fydd y syniadau hynny byth yn cael eu dangos i chi.',
        '',
        `Mewngofnodwch (neu gofrestrwch) gyda’r cyfeiriad e-bost hwn, yna agorwch y ddolen hon o fewn ${days} diwrnod i dderbyn:`,
        link,
        '',
        'Os nad oeddech yn disgwyl hyn, gallwch anwybyddu’r e-bost hwn.',
      ],
    },
  });
