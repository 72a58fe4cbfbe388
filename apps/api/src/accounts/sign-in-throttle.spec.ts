import { delayAfter, FREE_FAILURES, MAX_DELAY_SECONDS } from './sign-in-throttle';

describe('the per-account sign-in delay', () => {
  it('costs nothing for the first five failures, then doubles, capped at 15 minutes', () => {
    expect(Array.from({ length: FREE_FAILURES }, (_, i) => delayAfter(i))).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([2, 4, 8, 16]);
    expect(delayAfter(13)).toBe(512);
    expect(delayAfter(14)).toBe(MAX_DELAY_SECONDS);
    expect(delayAfter(10_000)).toBe(MAX_DELAY_SECONDS);
  });
});
