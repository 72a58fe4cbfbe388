import type { Locale } from '@challenge/contract';

/** A wall-clock date and time in Europe/London, as an admin types it. Month is 1–12. */
export type LondonDateTime = { year: number; month: number; day: number; hour: number; minute: number };

const ZONE = 'Europe/London';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** The London wall clock at an instant (milliseconds since the epoch). */
function londonPartsAt(ms: number): LondonDateTime & { second: number } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(ms)).map((p) => [p.type, p.value])) as Record<
    string,
    string
  >;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** London's offset from UTC in minutes at an instant: 0 in winter (GMT), 60 in summer (BST). */
export function londonOffsetMinutes(ms: number): number {
  const p = londonPartsAt(ms);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** True when the numbers make a real calendar date and time (no 30 February, no 25:00). */
export function isValidLondonDateTime(t: LondonDateTime): boolean {
  const whole = [t.year, t.month, t.day, t.hour, t.minute].every(Number.isInteger);
  if (!whole || t.year < 1000 || t.year > 9999 || t.month < 1 || t.month > 12) return false;
  if (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59) return false;
  return t.day >= 1 && t.day <= new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/**
 * The instant a Europe/London wall-clock time denotes, as ISO 8601 with that date's offset
 * (`+00:00` in GMT, `+01:00` in BST), e.g. 1 June 2026 09:00 → `2026-06-01T09:00:00+01:00`.
 * A time skipped when clocks go forward (01:30 on the last Sunday of March) becomes the same
 * clock time in BST (02:30 BST); a time repeated when they go back is taken in GMT (the later).
 */
export function londonToIso(t: LondonDateTime): string {
  if (!isValidLondonDateTime(t)) throw new RangeError('Not a valid date and time');
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  const guess = londonOffsetMinutes(wall);
  const offset = londonOffsetMinutes(wall - guess * 60_000);
  // Equal: the usual case. Otherwise try the other offset; if neither fits, the time was skipped.
  const fits = offset === guess || londonOffsetMinutes(wall - offset * 60_000) === offset;
  const instant = wall - (fits ? offset : Math.min(guess, offset)) * 60_000;
  const local = londonPartsAt(instant);
  const actual = londonOffsetMinutes(instant);
  const sign = actual < 0 ? '-' : '+';
  return (
    `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:00` +
    `${sign}${pad(Math.trunc(Math.abs(actual) / 60))}:${pad(Math.abs(actual) % 60)}`
  );
}

/** The London wall clock of an ISO instant (for filling in a form from saved dates). */
export function isoToLondon(iso: string): LondonDateTime {
  const p = londonPartsAt(Date.parse(iso));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

const localeTag = (locale: Locale): string => (locale === 'cy' ? 'cy-GB' : 'en-GB');

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "1 June 2026, 09:00" / "1 Mehefin 2026 am 09:00", always in London time whatever the browser's zone. */
export function formatLondonDateTime(iso: string, locale: Locale): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), {
      timeZone: ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** "1 June 2026" in London. */
export function formatLondonDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), {
      timeZone: ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
