import type { Locale } from '@challenge/contract';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

export const ideaLink = (appUrl: string, ideaId: string): string => `${appUrl.replace(/\/$/, '')}/ideas/${ideaId}`;

/** To an idea's author when someone else's comment on it becomes public. */
export const ideaCommentedMail = (
  to: string,
  idea: { id: string; title: string; authorName: string; authorLocale: Locale },
  commenterName: string,
  appUrl: string,
): OutgoingMail =>
  bilingualMail(to, 'idea-commented', idea.authorLocale, {
    en: {
      subject: `New comment on your idea “${idea.title}”`,
      lines: [
        `Hello ${idea.authorName},`,
        '',
        `${commenterName} commented on your idea “${idea.title}”. Read it and reply here:`,
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
    cy: {
      subject: `Sylw newydd ar eich syniad “${idea.title}”`,
      lines: [
        `Helo ${idea.authorName},`,
        '',
        `Mae ${commenterName} wedi rhoi sylw ar eich syniad “${idea.title}”. Darllenwch ef ac ymateb yma:`,
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
  });
