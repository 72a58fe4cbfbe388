import type { ApiError } from '@challenge/contract';

/**
 * Translation keys for the API's stable error `code`s: the one place the web turns them into
 * English or Welsh. `field` names the API field the message belongs next to, when there is one.
 * Codes not listed here fall back to the API's own (English) message.
 */
const CODES: Record<string, { key: string; field?: string }> = {
  // Ideas
  submissions_closed: { key: 'ideas.apiErrors.submissionsClosed' },
  email_unverified: { key: 'ideas.apiErrors.emailUnverified' },
  email_not_verified: { key: 'ideas.apiErrors.emailUnverified' },
  rules_not_acknowledged: { key: 'ideas.errors.rulesRequired', field: 'acknowledgeRulesVersion' },
  rules_version_stale: { key: 'ideas.apiErrors.rulesVersionStale', field: 'acknowledgeRulesVersion' },
  not_submitted: { key: 'ideas.apiErrors.notSubmitted' },
  idea_withdrawn: { key: 'ideas.apiErrors.ideaWithdrawn' },
  // Files
  file_too_large: { key: 'ideas.attachments.tooLarge', field: 'file' },
  file_type_refused: { key: 'ideas.apiErrors.unsupportedFileType', field: 'file' },
  unsupported_file_type: { key: 'ideas.apiErrors.unsupportedFileType', field: 'file' },
  too_many_attachments: { key: 'ideas.apiErrors.tooManyAttachments', field: 'file' },
  // Team and invitations
  already_on_team: { key: 'ideas.apiErrors.alreadyOnTeam', field: 'email' },
  already_invited: { key: 'ideas.apiErrors.alreadyInvited', field: 'email' },
  team_full: { key: 'ideas.apiErrors.teamFull' },
  too_many_invitations: { key: 'ideas.apiErrors.tooManyInvitations' },
  already_accepted: { key: 'ideas.apiErrors.alreadyAccepted' },
  invitation_invalid: { key: 'ideas.apiErrors.invitationInvalid' },
  invitation_wrong_account: { key: 'ideas.apiErrors.invitationWrongAccount' },
  // Comments and reports
  idea_not_open_for_comments: { key: 'ideas.apiErrors.notOpenForComments' },
  report_conflict: { key: 'ideas.apiErrors.reportConflict' },
  // Moderation
  invalid_moderation_action: { key: 'moderation.apiErrors.invalidAction' },
  no_open_reports: { key: 'moderation.apiErrors.noOpenReports' },
  own_content: { key: 'moderation.apiErrors.ownContent' },
};

/** The translation key for an error code, if the web knows it. */
export const apiErrorKey = (code: string | undefined): string | undefined => (code ? CODES[code]?.key : undefined);

/** The API field a coded error belongs to (e.g. `file` for `file_too_large`), if any. */
export const apiErrorField = (code: string | undefined): string | undefined => (code ? CODES[code]?.field : undefined);

type FieldKeys = { required?: string; tooLong?: string; invalid?: string };

/** Translated messages for the fields idea, comment, report, moderation and invitation forms send. */
const FIELDS: Record<string, FieldKeys> = {
  title: { required: 'ideas.errors.titleRequired', tooLong: 'ideas.errors.titleTooLong' },
  summary: { required: 'ideas.errors.summaryRequired', tooLong: 'ideas.errors.summaryTooLong' },
  description: { tooLong: 'ideas.apiErrors.descriptionTooLong' },
  category: { required: 'ideas.errors.categoryRequired', invalid: 'ideas.errors.categoryRequired' },
  entrantCategory: {
    required: 'ideas.errors.entrantCategoryRequired',
    invalid: 'ideas.errors.entrantCategoryRequired',
  },
  body: { required: 'ideas.comments.required', tooLong: 'ideas.comments.tooLong' },
  reason: { required: 'ideas.apiErrors.reasonRequired', tooLong: 'ideas.apiErrors.reasonTooLong' },
  email: {
    required: 'validation.emailRequired',
    tooLong: 'validation.emailInvalid',
    invalid: 'validation.emailInvalid',
  },
};

/**
 * A translation for one of the API's per-field messages (class-validator's and the services'),
 * or undefined when it is not one the web recognises.
 */
export function apiFieldMessage(
  field: string,
  message: string,
): { key: string; params?: Record<string, string> } | undefined {
  const keys = FIELDS[field];
  if (!keys) return undefined;
  const tooLong = /must be at most (\d+) characters/.exec(message);
  if (tooLong) return keys.tooLong ? { key: keys.tooLong, params: { max: tooLong[1] } } : undefined;
  if (/must not be blank|is required|^Choose the /.test(message))
    return keys.required ? { key: keys.required } : undefined;
  if (/must be an email address|is not one of|must be text/.test(message)) {
    return keys.invalid ? { key: keys.invalid } : undefined;
  }
  return undefined;
}

/** True for errors people can do nothing about but try later (network down, server failure). */
export const isUnavailable = (error: ApiError): boolean => error.statusCode === 0 || error.statusCode >= 500;
