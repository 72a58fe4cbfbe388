import type { ApiError } from '@challenge/contract';
import { cy } from '../../translations/cy';
import { en } from '../../translations/en';
import { resultsErrorKey } from './results-errors';

const error = (statusCode: number, code?: string): ApiError => ({ statusCode, error: 'x', message: 'x', code });
const has = (tree: unknown, key: string): boolean =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree) === 'string';

describe('results error messages', () => {
  it.each([
    ['results_stale', 'results.errors.stale'],
    ['results_not_confirmed', 'results.errors.notConfirmed'],
    ['results_published', 'results.errors.published'],
    ['judging_not_started', 'results.errors.judgingNotStarted'],
    ['not_a_winner', 'results.errors.notAWinner'],
  ])('says what %s means, in English and Welsh', (code, key) => {
    expect(resultsErrorKey(error(409, code))).toBe(key);
    expect([has(en, key), has(cy, key)]).toEqual([true, true]);
  });

  it('falls back on the status for uncoded errors', () => {
    expect(resultsErrorKey(error(403))).toBe('results.errors.notAllowed');
    expect(resultsErrorKey(error(404))).toBe('results.errors.notFound');
    expect(resultsErrorKey(error(0))).toBe('common.serviceUnavailable');
    expect(resultsErrorKey(error(409, 'something_new'))).toBe('results.errors.failed');
  });
});
