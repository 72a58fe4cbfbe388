import type { Locale } from '@challenge/contract';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

type Recipient = { email: string; name: string; locale: Locale };

const base = (appUrl: string): string => appUrl.replace(/\/$/, '');
export const judgingQueueLink = (appUrl: string): string => `${base(appUrl)}/judging`;
export const assignmentLink = (appUrl: string, assignmentId: string): string =>
  `${base(appUrl)}/judging/assignments/${assignmentId}`;

/** To a judge whose submitted scores an admin has reopened. */
export const assignmentReopenedMail = (
  to: Recipient,
  assignment: { id: string; ideaTitle: string; challengeTitle: string },
  reason: string,
  appUrl: string,
): OutgoingMail =>
  bilingualMail(to.email, 'judging-assignment-reopened', to.locale, {
    en: {
      subject: `Your scores for “${assignment.ideaTitle}” have been reopened`,
      lines: [
        `Hello ${to.name},`,
        '',
        `An admin of “${assignment.challengeTitle}” reopened your submitted scores for “${assignment.ideaTitle}”, so you can change them and submit again. The reason given:`,
        '',
        reason,
        '',
        assignmentLink(appUrl, assignment.id),
      ],
    },
    cy: {
      subject: `Mae eich sgorau ar gyfer “${assignment.ideaTitle}” wedi’u hailagor`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Mae gweinyddwr “${assignment.challengeTitle}” wedi ailagor y sgorau a gyflwynwyd gennych ar gyfer “${assignment.ideaTitle}”, er mwyn i chi eu newid a’u cyflwyno eto. Y rheswm a roddwyd:`,
        '',
        reason,
        '',
        assignmentLink(appUrl, assignment.id),
      ],
    },
  });

/** One email per judge per assignment run that gave them new ideas to score. */
export const newAssignmentsMail = (
  to: Recipient,
  challengeTitle: string,
  added: number,
  appUrl: string,
): OutgoingMail =>
  bilingualMail(to.email, 'judging-new-assignments', to.locale, {
    en: {
      subject: `${added === 1 ? 'A new idea' : `${added} new ideas`} to judge in “${challengeTitle}”`,
      lines: [
        `Hello ${to.name},`,
        '',
        `You have been given ${added === 1 ? 'a new idea' : `${added} new ideas`} to score for “${challengeTitle}”. Your judging queue:`,
        '',
        judgingQueueLink(appUrl),
      ],
    },
    cy: {
      subject: `${added === 1 ? 'Syniad newydd' : `${added} syniad newydd`} i’w feirniadu yn “${challengeTitle}”`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Rydych wedi cael ${added === 1 ? 'syniad newydd' : `${added} syniad newydd`} i’w sgorio ar gyfer “${challengeTitle}”. Eich ciw beirniadu:`,
        '',
        judgingQueueLink(appUrl),
      ],
    },
  });
