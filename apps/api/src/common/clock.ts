/** The one source of "now" for challenge rules; tests replace `now` (jest.spyOn(app.get(CLOCK), 'now')). */
export const CLOCK = Symbol('CLOCK');
export type Clock = { now: () => Date };
export const systemClock = (): Clock => ({ now: () => new Date() });
