import { ideaLink } from '../comments/comment-emails';
import type { OutgoingMail } from '../notifications/mail.service';

type IdeaRef = { id: string; title: string };

export const ideaApprovedMail = (to: string, name: string, idea: IdeaRef, appUrl: string): OutgoingMail => ({
  to,
  template: 'idea-approved',
  subject: `Your idea “${idea.title}” is now public`,
  text: [
    `Hello ${name},`,
    '',
    `A moderator approved your idea “${idea.title}”. Everyone can now see it:`,
    '',
    ideaLink(appUrl, idea.id),
  ].join('\n'),
});

export const ideaHiddenMail = (
  to: string,
  name: string,
  idea: IdeaRef,
  reason: string,
  appUrl: string,
): OutgoingMail => ({
  to,
  template: 'idea-hidden',
  subject: `Your idea “${idea.title}” has been hidden`,
  text: [
    `Hello ${name},`,
    '',
    `A moderator hid your idea “${idea.title}” from public view. The reason given:`,
    '',
    reason,
    '',
    'You can still see it, and reply to the council if you think this is a mistake:',
    ideaLink(appUrl, idea.id),
  ].join('\n'),
});

export const commentHiddenMail = (
  to: string,
  name: string,
  idea: IdeaRef,
  reason: string,
  appUrl: string,
): OutgoingMail => ({
  to,
  template: 'comment-hidden',
  subject: `Your comment on “${idea.title}” has been hidden`,
  text: [
    `Hello ${name},`,
    '',
    `A moderator hid your comment on the idea “${idea.title}” from public view. The reason given:`,
    '',
    reason,
    '',
    ideaLink(appUrl, idea.id),
  ].join('\n'),
});
