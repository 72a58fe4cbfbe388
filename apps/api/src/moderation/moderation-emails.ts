import type { Locale } from '@challenge/contract';
import { ideaLink } from '../comments/comment-emails';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

type IdeaRef = { id: string; title: string };
type Recipient = { email: string; name: string; locale: Locale };

export const ideaApprovedMail = (to: Recipient, idea: IdeaRef, appUrl: string): OutgoingMail =>
  bilingualMail(to.email, 'idea-approved', to.locale, {
    en: {
      subject: `Your idea “${idea.title}” is now public`,
      lines: [
        `Hello ${to.name},`,
        '',
        `A moderator approved your idea “${idea.title}”. Everyone can now see it:`,
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
    cy: {
      subject: `Mae eich syniad “${idea.title}” bellach yn gyhoeddus`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Mae cymedrolwr wedi cymeradwyo eich syniad “${idea.title}”. Gall pawb ei weld nawr:`,
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
  });

export const ideaHiddenMail = (to: Recipient, idea: IdeaRef, reason: string, appUrl: string): OutgoingMail =>
  bilingualMail(to.email, 'idea-hidden', to.locale, {
    en: {
      subject: `Your idea “${idea.title}” has been hidden`,
      lines: [
        `Hello ${to.name},`,
        '',
        `A moderator hid your idea “${idea.title}” from public view. The reason given:`,
        '',
        reason,
        '',
        'You can still see it, and reply to the council if you think this is a mistake:',
        ideaLink(appUrl, idea.id),
      ],
    },
    cy: {
      subject: `Mae eich syniad “${idea.title}” wedi’i guddio`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Mae cymedrolwr wedi cuddio eich syniad “${idea.title}” o’r golwg cyhoeddus. Y rheswm a roddwyd:`,
        '',
        reason,
        '',
        'Gallwch ei weld o hyd, ac ymateb i’r cyngor os ydych yn credu bod hyn yn gamgymeriad:',
        ideaLink(appUrl, idea.id),
      ],
    },
  });

export const commentHiddenMail = (to: Recipient, idea: IdeaRef, reason: string, appUrl: string): OutgoingMail =>
  bilingualMail(to.email, 'comment-hidden', to.locale, {
    en: {
      subject: `Your comment on “${idea.title}” has been hidden`,
      lines: [
        `Hello ${to.name},`,
        '',
        `A moderator hid your comment on the idea “${idea.title}” from public view. The reason given:`,
        '',
        reason,
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
    cy: {
      subject: `Mae eich sylw ar “${idea.title}” wedi’i guddio`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Mae cymedrolwr wedi cuddio eich sylw ar y syniad “${idea.title}” o’r golwg cyhoeddus. Y rheswm a roddwyd:`,
        '',
        reason,
        '',
        ideaLink(appUrl, idea.id),
      ],
    },
  });
