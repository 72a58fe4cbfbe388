import type { ApiError } from '@challenge/contract';
import { isUnavailable } from '../../shared/forms/api-errors';

/** Translation keys for the results routes' error codes. */
const CODES: Record<string, string> = {
  judging_not_started: 'results.errors.judgingNotStarted',
  no_rubric: 'results.errors.noRubric',
  results_published: 'results.errors.published',
  results_not_confirmed: 'results.errors.notConfirmed',
  results_stale: 'results.errors.stale',
  nothing_to_confirm: 'results.errors.nothingToConfirm',
  idea_not_shortlisted: 'results.errors.ideaNotShortlisted',
  results_not_published: 'results.errors.notPublished',
  not_a_winner: 'results.errors.notAWinner',
};

/** The translated message for a failed results request. */
export function resultsErrorKey(error: ApiError): string {
  const known = error.code ? CODES[error.code] : undefined;
  if (known) return known;
  if (isUnavailable(error)) return 'common.serviceUnavailable';
  if (error.statusCode === 401) return 'results.errors.signedOut';
  if (error.statusCode === 403) return 'results.errors.notAllowed';
  if (error.statusCode === 404) return 'results.errors.notFound';
  return 'results.errors.failed';
}
