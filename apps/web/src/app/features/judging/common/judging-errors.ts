import type { ApiError } from '@challenge/contract';
import { isUnavailable } from '../../../shared/forms/api-errors';
import { FormError, apiFormErrors, fieldError } from '../../../shared/forms/form-errors';

/** Translation keys (under `judging.apiErrors`) for the shortlisting, panel and judging routes' error codes. */
const CODES: Record<string, string> = {
  // Shortlist
  pairwise_not_enabled: 'pairwiseNotEnabled',
  support_voting_disabled: 'supportVotingDisabled',
  no_categories: 'noCategories',
  idea_not_in_challenge: 'ideaNotInChallenge',
  idea_not_listed: 'ideaNotListed',
  shortlist_locked: 'shortlistLocked',
  shortlist_too_early: 'shortlistTooEarly',
  shortlist_empty: 'shortlistEmpty',
  rubric_missing: 'rubricMissing',
  shortlist_not_confirmed: 'shortlistNotConfirmed',
  // Rubric
  rubric_frozen: 'rubricFrozen',
  // Panel and invitations
  already_judge: 'alreadyJudge',
  judging_over: 'judgingOver',
  invitation_accepted: 'invitationAccepted',
  judge_has_submitted_scores: 'judgeHasSubmittedScores',
  email_unverified: 'emailUnverified',
  invitation_wrong_account: 'invitationWrongAccount',
  invitation_not_found: 'invitationNotFound',
  invitation_revoked: 'invitationRevoked',
  invitation_used: 'invitationUsed',
  invitation_expired: 'invitationExpired',
  // Conflicts
  judge_required: 'judgeRequired',
  judge_not_on_panel: 'judgeNotOnPanel',
  not_on_panel: 'notOnPanel',
  // Assignments and scoring
  not_enough_judges: 'notEnoughJudges',
  too_many_locked: 'tooManyLocked',
  conflicts_changed: 'conflictsChanged',
  judging_closed: 'judgingClosed',
  assignment_not_submitted: 'assignmentNotSubmitted',
  assignment_submitted: 'assignmentSubmitted',
  scores_missing: 'scoresMissing',
  score_out_of_range: 'scoreOutOfRange',
  unknown_criterion: 'rubricChanged',
  duplicate_criterion: 'rubricChanged',
};

/** The translation key for a judging error code, if the web knows it. */
export const judgingErrorKey = (code: string | undefined): string | undefined =>
  code && CODES[code] ? `judging.apiErrors.${CODES[code]}` : undefined;

/** The message for a failure outside a form (loading a page): by code, else by status. */
export function judgingFailureKey(error: ApiError): string {
  if (isUnavailable(error)) return 'common.serviceUnavailable';
  const known = judgingErrorKey(error.code);
  if (known) return known;
  if (error.statusCode === 401) return 'judging.apiErrors.signedOut';
  if (error.statusCode === 403 || error.statusCode === 404) return 'judging.apiErrors.notFound';
  return 'judging.apiErrors.failed';
}

/**
 * An API error on a judging form: known codes in English or Welsh, next to the input `codeFields`
 * names for that code; otherwise the shared mapping (per-field messages, then the API's message).
 */
export function judgingErrors(
  error: ApiError,
  fieldIds: Record<string, string> = {},
  codeFields: Record<string, string> = {},
): FormError[] {
  if (isUnavailable(error)) return [fieldError(null, 'common.serviceUnavailable')];
  const key = judgingErrorKey(error.code);
  if (key) return [fieldError(codeFields[error.code ?? ''] ?? null, key)];
  return apiFormErrors(error, fieldIds);
}
