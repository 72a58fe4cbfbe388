import type { OutgoingMail } from '../notifications/mail.service';

export const ideaLink = (appUrl: string, ideaId: string): string => `${appUrl.replace(/\/$/, '')}/ideas/${ideaId}`;

/** To an idea's author when someone else's comment on it becomes public. */
export const ideaCommentedMail = (
  to: string,
  idea: { id: string; title: string; authorName: string },
  commenterName: string,
  appUrl: string,
): OutgoingMail => ({
  to,
  template: 'idea-commented',
  subject: `New comment on your idea “${idea.title}”`,
  text: [
    `Hello ${idea.authorName},`,
    '',
    `${commenterName} commented on your idea “${idea.title}”. Read it and reply here:`,
    '',
    ideaLink(appUrl, idea.id),
  ].join('\n'),
});
