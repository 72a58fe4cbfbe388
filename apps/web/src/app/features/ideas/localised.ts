import type { Locale } from '@challenge/contract';

/** Challenge content entered in both languages: the Welsh variant when the interface is Welsh and one exists. */
export const localised = (locale: Locale, english: string, welsh: string | null | undefined): string =>
  locale === 'cy' && welsh ? welsh : english;
