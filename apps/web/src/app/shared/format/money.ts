import type { Locale } from '@challenge/contract';

const money = new Map<string, Intl.NumberFormat>();

/** £10,000 or £2,500.50 (pence only when there are any). */
export function formatPence(pence: number, locale: Locale): string {
  const whole = pence % 100 === 0;
  const key = `${locale}:${whole}`;
  let format = money.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    money.set(key, format);
  }
  return format.format(pence / 100);
}

/** A 0–1 weight as a percentage: 0.3 → "30%", 0.125 → "12.5%". */
export const formatPercent = (weight: number): string => `${Math.round(weight * 1000) / 10}%`;
