import type { ImplementationStatus, Locale, RankedIdea } from '@challenge/contract';
import { LIMITS } from '@challenge/contract';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/** A number with exactly `digits` decimals: 0.8234 → "0.823", 1234.5 → "1,234.5". */
export const formatDecimal = (value: number, digits: number, locale: Locale): string =>
  numberFormat(locale, digits).format(value);

/** Stands in for markup inside a translated sentence: translate with `{ name: SLOT }`, then `aroundSlot`. */
export const SLOT = '\u0000';

/** The translated text before and after the slot, so an element (a link, a tagged name) can go between. */
export function aroundSlot(text: string): [string, string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}

/** A z-score with its sign: "+0.85", "−1.20" (a real minus sign), "0.00". */
export function formatZ(value: number, locale: Locale): string {
  const text = formatDecimal(Math.abs(value), 2, locale);
  if (text === formatDecimal(0, 2, locale)) return text;
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

export type PoundsResult =
  | { kind: 'empty' }
  | { kind: 'pence'; pence: number }
  | { kind: 'invalid' }
  | { kind: 'negative' }
  | { kind: 'tooLarge' };

/**
 * An amount typed in pounds ("2500", "£2,500.50", "2,500.5") as whole pence. Commas must group
 * thousands; at most two decimals. Empty means "not given".
 */
export function parsePounds(text: string): PoundsResult {
  if (!text.trim()) return { kind: 'empty' };
  const value = text.trim().replace(/^£\s*/, '');
  if (/^[-−]/.test(value)) return { kind: 'negative' };
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(value)) return { kind: 'invalid' };
  const [whole = '0', fraction = ''] = value.replace(/,/g, '').split('.');
  const pence = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(pence) || pence > LIMITS.updateSpendPence) return { kind: 'tooLarge' };
  return { kind: 'pence', pence };
}

/** GOV.UK tag colour per implementation status. */
export const UPDATE_STATUS_TAG: Record<ImplementationStatus, string> = {
  planned: 'govuk-tag--blue',
  in_progress: 'govuk-tag--light-blue',
  completed: 'govuk-tag--green',
  stopped: 'govuk-tag--red',
};

export const UPDATE_STATUSES: readonly ImplementationStatus[] = ['planned', 'in_progress', 'completed', 'stopped'];

/** GOV.UK tag colour per ranking flag. */
export const FLAG_TAG: Record<RankedIdea['flags'][number], string> = {
  tie: 'govuk-tag--yellow',
  disagreement: 'govuk-tag--orange',
  too_few_judges: 'govuk-tag--red',
};
