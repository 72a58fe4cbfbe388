import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

/**
 * Invites someone to co-author an idea. The invitee may have no account yet, so their language
 * is unknown: English comes first, Welsh follows.
 */
export const ideaInvitationMail = (
  to: string,
  inviterName: string,
  ideaTitle: string,
  link: string,
  days: number,
): OutgoingMail =>
  bilingualMail(to, 'idea-invitation', 'en', {
    en: {
      subject: `${inviterName} invited you to join the idea “${ideaTitle}”`,
      lines: [
        `${inviterName} invited you to join the team of the idea “${ideaTitle}” as a co-author.`,
        '',
        `Sign in (or register) with this email address, then open this link within ${days} days to accept:`,
        link,
      ],
    },
    cy: {
      subject: `Mae ${inviterName} wedi eich gwahodd i ymuno â’r syniad “${ideaTitle}”`,
      lines: [
        `Mae ${inviterName} wedi eich gwahodd i ymuno â thîm y syniad “${ideaTitle}” fel cyd-awdur.`,
        '',
        `Mewngofnodwch (neu gofrestrwch) gyda’r cyfeiriad e-bost hwn, yna agorwch y ddolen hon o fewn ${days} diwrnod i dderbyn:`,
        link,
      ],
    },
  });
