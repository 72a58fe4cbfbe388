import { Pipe, PipeTransform } from '@angular/core';
import type { Locale } from '@challenge/contract';
import { formatLondonDate, formatLondonDateTime } from './london-time';

/**
 * `{{ iso | londonDateTime: locale() }}`: "1 June 2026, 09:00" / "1 Mehefin 2026 am 09:00" in London time.
 * The locale is an argument so the pure pipe re-renders when the language changes.
 */
@Pipe({ name: 'londonDateTime' })
export class LondonDateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, locale: Locale): string {
    return iso ? formatLondonDateTime(iso, locale) : '';
  }
}

/** `{{ iso | londonDate: locale() }}`: "1 June 2026" / "1 Mehefin 2026" in London. */
@Pipe({ name: 'londonDate' })
export class LondonDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, locale: Locale): string {
    return iso ? formatLondonDate(iso, locale) : '';
  }
}
