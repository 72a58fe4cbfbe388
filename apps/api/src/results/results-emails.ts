import type { ImplementationStatus, Locale } from '@challenge/contract';
import { ideaLink } from '../comments/comment-emails';
import { bilingualMail, MailText } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

export type MailRecipient = { email: string; name: string; locale: Locale };

export type DigestUpdate = {
  status: ImplementationStatus;
  body: string;
  bodyCy: string | null;
  spendPence: number | null;
  createdAt: Date;
};
export type DigestIdea = {
  id: string;
  title: string;
  challengeTitle: string;
  challengeTitleCy: string | null;
  /** Oldest first. */
  updates: DigestUpdate[];
};

const STATUS: Record<Locale, Record<ImplementationStatus, string>> = {
  en: { planned: 'Planned', in_progress: 'In progress', completed: 'Completed', stopped: 'Stopped' },
  cy: {
    planned: 'Wedi’i gynllunio',
    in_progress: 'Ar y gweill',
    completed: 'Wedi’i gwblhau',
    stopped: 'Wedi dod i ben',
  },
};
const INTL: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB' };

export const formatPence = (pence: number, locale: Locale): string =>
  new Intl.NumberFormat(INTL[locale], { style: 'currency', currency: 'GBP' }).format(pence / 100);
const formatDay = (d: Date, locale: Locale): string =>
  new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'long', timeZone: 'Europe/London' }).format(d);

function ideaLines(idea: DigestIdea, locale: Locale, appUrl: string): string[] {
  const challenge = locale === 'cy' ? (idea.challengeTitleCy ?? idea.challengeTitle) : idea.challengeTitle;
  const spent = locale === 'cy' ? 'Gwariant hyd yma' : 'Spent so far';
  const lines = [`“${idea.title}” (${challenge})`];
  for (const u of idea.updates) {
    const spend = u.spendPence === null ? '' : ` · ${spent}: ${formatPence(u.spendPence, locale)}`;
    lines.push(`- ${formatDay(u.createdAt, locale)} · ${STATUS[locale][u.status]}${spend}`);
    lines.push(`  ${(locale === 'cy' ? (u.bodyCy ?? u.body) : u.body).replace(/\n/g, '\n  ')}`);
  }
  lines.push(ideaLink(appUrl, idea.id), '');
  return lines;
}

/**
 * The digest of implementation updates: one email per person listing every new update on the
 * winning ideas they wrote or supported. It never says who else follows an idea.
 */
export function implementationDigestMail(to: MailRecipient, ideas: DigestIdea[], appUrl: string): OutgoingMail {
  const text = (locale: Locale): MailText =>
    locale === 'cy'
      ? {
          subject: 'Y newyddion diweddaraf am y syniadau buddugol rydych yn eu dilyn',
          lines: [
            `Helo ${to.name},`,
            '',
            'Dyma’r newyddion diweddaraf gan y cyngor am roi’r syniadau buddugol ar waith:',
            '',
            ...ideas.flatMap((idea) => ideaLines(idea, 'cy', appUrl)),
            'Rydych yn cael yr e-bost hwn oherwydd i chi ysgrifennu neu gefnogi’r syniadau hyn.',
          ],
        }
      : {
          subject: 'News on the winning ideas you follow',
          lines: [
            `Hello ${to.name},`,
            '',
            'Here is the latest from the council on putting the winning ideas into practice:',
            '',
            ...ideas.flatMap((idea) => ideaLines(idea, 'en', appUrl)),
            'You get this email because you wrote or supported these ideas.',
          ],
        };
  return bilingualMail(to.email, 'implementation-updates-digest', to.locale, { en: text('en'), cy: text('cy') });
}

export type WinnerMailFacts = {
  challengeId: string;
  challengeTitle: string;
  challengeTitleCy: string | null;
  idea: { id: string; title: string };
  prizes: { name: string; nameCy: string | null; amountPence: number }[];
};

export const resultsLink = (appUrl: string, challengeId: string): string =>
  `${appUrl.replace(/\/$/, '')}/challenges/${challengeId}/results`;

/** To each author and co-author of a winning idea when the results are published. */
export function winnerMail(to: MailRecipient, facts: WinnerMailFacts, appUrl: string): OutgoingMail {
  const prizeList = (locale: Locale): string[] =>
    facts.prizes.map(
      (p) => `- ${locale === 'cy' ? (p.nameCy ?? p.name) : p.name}: ${formatPence(p.amountPence, locale)}`,
    );
  return bilingualMail(to.email, 'results-winner', to.locale, {
    en: {
      subject: `Your idea “${facts.idea.title}” has won`,
      lines: [
        `Hello ${to.name},`,
        '',
        `The results of “${facts.challengeTitle}” are published, and your idea “${facts.idea.title}” has won:`,
        '',
        ...prizeList('en'),
        '',
        'The council will contact you about the next steps. See the results and how the winners were chosen:',
        resultsLink(appUrl, facts.challengeId),
      ],
    },
    cy: {
      subject: `Mae eich syniad “${facts.idea.title}” wedi ennill`,
      lines: [
        `Helo ${to.name},`,
        '',
        `Mae canlyniadau “${facts.challengeTitleCy ?? facts.challengeTitle}” wedi’u cyhoeddi, ac mae eich syniad “${facts.idea.title}” wedi ennill:`,
        '',
        ...prizeList('cy'),
        '',
        'Bydd y cyngor yn cysylltu â chi am y camau nesaf. Gweld y canlyniadau a sut y dewiswyd yr enillwyr:',
        resultsLink(appUrl, facts.challengeId),
      ],
    },
  });
}
