import type { Locale } from '@challenge/contract';
import type { OutgoingMail } from './mail.service';

export type MailText = { subject: string; lines: string[] };

/**
 * Councils in Wales write to the public in both languages. Every email carries English and
 * Welsh: the recipient's language first, then the other after a rule, with both subjects.
 */
export function bilingualMail(
  to: string,
  template: string,
  locale: Locale,
  texts: Record<Locale, MailText>,
): OutgoingMail {
  const [first, second] = locale === 'cy' ? [texts.cy, texts.en] : [texts.en, texts.cy];
  return {
    to,
    template,
    subject: `${first.subject} / ${second.subject}`,
    text: [...first.lines, '', '----------', '', ...second.lines].join('\n'),
  };
}
