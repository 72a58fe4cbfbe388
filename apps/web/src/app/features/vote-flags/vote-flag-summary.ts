import type { Locale, VoteFlag } from '@challenge/contract';
import { formatLondonDateTime, isoToLondon } from '../../shared/dates/london-time';

/** The translation key of the sentence that explains a flag, e.g. `voting.flags.summaries.network_burst`. */
export const flagSummaryKey = (flag: VoteFlag): string => `voting.flags.summaries.${flag.kind}`;

/** The translation key of a flag's kind, e.g. `voting.flags.kinds.identical_sets`. */
export const flagKindKey = (flag: VoteFlag): string => `voting.flags.kinds.${flag.kind}`;

/** The parameters of a flag's summary sentence: how many votes and ideas, and when (London time). */
export type FlagSummaryParams = { votes: string; ideas: string; from: string; to: string };

export function flagSummaryParams(flag: VoteFlag, locale: Locale): FlagSummaryParams {
  return {
    votes: String(flag.voteCount),
    ideas: String(flag.ideas.length),
    from: formatLondonDateTime(flag.firstVoteAt, locale),
    to: formatLondonDateTime(flag.lastVoteAt, locale),
  };
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "26 Nov" / "26 Tach" in London. */
function shortDay(iso: string, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'short',
    });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** "14:02" in London. */
function clock(iso: string): string {
  const t = isoToLondon(iso);
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/**
 * A short London time span to tell flags apart in button names: "26 Nov 14:02–14:09" on one day,
 * "26 Nov 23:50 – 27 Nov 00:10" across midnight, "26 Nov 14:02" for a single instant.
 */
export function flagWhen(flag: VoteFlag, locale: Locale): string {
  const from = `${shortDay(flag.firstVoteAt, locale)} ${clock(flag.firstVoteAt)}`;
  const fromDay = shortDay(flag.firstVoteAt, locale);
  const toDay = shortDay(flag.lastVoteAt, locale);
  const to = clock(flag.lastVoteAt);
  if (fromDay !== toDay) return `${from} – ${toDay} ${to}`;
  return to === clock(flag.firstVoteAt) ? from : `${from}–${to}`;
}
