import {
  formatLondonDate,
  formatLondonDateTime,
  isValidLondonDateTime,
  isoToLondon,
  londonOffsetMinutes,
  londonToIso,
} from './london-time';

const at = (year: number, month: number, day: number, hour = 9, minute = 0) => ({ year, month, day, hour, minute });

describe('Europe/London wall clock to an instant', () => {
  it('uses +00:00 in winter (GMT)', () => {
    expect(londonToIso(at(2026, 1, 15, 9, 30))).toBe('2026-01-15T09:30:00+00:00');
    expect(Date.parse(londonToIso(at(2026, 12, 31, 23, 59)))).toBe(Date.parse('2026-12-31T23:59:00Z'));
  });

  it('uses +01:00 in summer (BST)', () => {
    expect(londonToIso(at(2026, 6, 1, 9, 0))).toBe('2026-06-01T09:00:00+01:00');
    expect(Date.parse(londonToIso(at(2026, 6, 1, 0, 30)))).toBe(Date.parse('2026-05-31T23:30:00Z'));
  });

  it('switches offset on the days the clocks change', () => {
    // Clocks go forward at 01:00 GMT on Sunday 29 March 2026 and back at 01:00 GMT on 25 October 2026.
    expect(londonToIso(at(2026, 3, 29, 0, 59))).toBe('2026-03-29T00:59:00+00:00');
    expect(londonToIso(at(2026, 3, 29, 2, 0))).toBe('2026-03-29T02:00:00+01:00');
    expect(londonToIso(at(2026, 3, 28, 23, 0))).toBe('2026-03-28T23:00:00+00:00');
    expect(londonToIso(at(2026, 10, 25, 0, 30))).toBe('2026-10-25T00:30:00+01:00');
    expect(londonToIso(at(2026, 10, 25, 2, 0))).toBe('2026-10-25T02:00:00+00:00');
  });

  it('moves a skipped time (01:30 when clocks go forward) an hour on, and takes a repeated one in GMT', () => {
    expect(londonToIso(at(2026, 3, 29, 1, 30))).toBe('2026-03-29T02:30:00+01:00');
    expect(londonToIso(at(2026, 10, 25, 1, 30))).toBe('2026-10-25T01:30:00+00:00');
  });

  it('refuses impossible dates', () => {
    expect(isValidLondonDateTime(at(2026, 2, 30))).toBe(false);
    expect(isValidLondonDateTime(at(2028, 2, 29))).toBe(true);
    expect(isValidLondonDateTime(at(2026, 13, 1))).toBe(false);
    expect(isValidLondonDateTime(at(2026, 1, 1, 24, 0))).toBe(false);
    expect(() => londonToIso(at(2026, 2, 30))).toThrow(RangeError);
  });

  it('reads an instant back as the London wall clock, whatever its offset', () => {
    expect(isoToLondon('2026-06-01T08:00:00Z')).toEqual(at(2026, 6, 1, 9, 0));
    expect(isoToLondon('2026-01-15T09:30:00+00:00')).toEqual(at(2026, 1, 15, 9, 30));
    expect(isoToLondon('2026-10-25T01:30:00Z')).toEqual(at(2026, 10, 25, 1, 30));
    for (const t of [at(2026, 3, 29, 0, 59), at(2026, 7, 4, 17, 45), at(2027, 11, 2, 12, 0)]) {
      expect(isoToLondon(londonToIso(t))).toEqual(t);
    }
  });

  it('knows the offset at an instant', () => {
    expect(londonOffsetMinutes(Date.parse('2026-03-29T00:59:59Z'))).toBe(0);
    expect(londonOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(Date.parse('2026-10-25T00:59:59Z'))).toBe(60);
    expect(londonOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(0);
  });
});

describe('London date formatting', () => {
  it('shows London time in English and Welsh', () => {
    expect(formatLondonDateTime('2026-06-01T08:00:00Z', 'en')).toMatch(/1 June 2026.*09:00/);
    expect(formatLondonDateTime('2026-06-01T08:00:00Z', 'cy')).toMatch(/1 Mehefin 2026.*09:00/);
    expect(formatLondonDate('2026-01-31T23:30:00Z', 'en')).toBe('31 January 2026');
    expect(formatLondonDate('2026-07-31T23:30:00Z', 'en')).toBe('1 August 2026');
  });
});
