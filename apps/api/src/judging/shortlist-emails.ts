import type { Locale } from '@challenge/contract';
import { ideaLink } from '../comments/comment-emails';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

type Recipient = { email: string; name: string; locale: Locale };

/** Tells an author or co-author that their idea is on a challenge's confirmed shortlist. */
export const ideaShortlistedMail = (
  to: Recipient,
  idea: { id: string; title: string },
  challengeTitle: string,
  appUrl: string,
): OutgoingMail =>
  bilingualMail(to.email, 'idea-shortlisted', to.locale, {
    en: {
      subject: `Your idea “${idea.title}” has been shortlisted`,
      lines: [
        `Hello ${to.name},`,
        '',
        `Good news: your idea “${idea.title}” is on the shortlist of the challenge “${challengeTitle}”.`,
        'A panel of judges will now score the shortlisted ideas against the published criteria.',
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
    cy: {
      subject: `Mae eich syniad “${idea.title}” ar y rhestr fer`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Newyddion da: mae eich syniad “${idea.title}” ar restr fer yr her “${challengeTitle}”.`,
        'Bydd panel o feirniaid nawr yn sgorio’r syniadau ar y rhestr fer yn erbyn y meini prawf a gyhoeddwyd.',
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
  });
