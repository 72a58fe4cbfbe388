import type { Locale } from '@challenge/contract';

/** A text to show and the language it is in (for `lang` when English stands in for missing Welsh). */
export type LocalText = { text: string; lang: Locale };

/** The Welsh text when the interface is Welsh and the Welsh is given, else the English. */
export function localText(locale: Locale, en: string | null | undefined, cy: string | null | undefined): LocalText {
  if (locale === 'cy' && cy && cy.trim()) return { text: cy, lang: 'cy' };
  return { text: en ?? '', lang: 'en' };
}

/** `lang` for an element holding `text`: only set when it differs from the interface language. */
export const langAttr = (text: LocalText, locale: Locale): Locale | null => (text.lang === locale ? null : text.lang);

/** Challenge content entered in both languages: the Welsh variant when the interface is Welsh and one exists. */
export const localised = (locale: Locale, english: string, welsh: string | null | undefined): string =>
  locale === 'cy' && welsh ? welsh : english;
