import type { AssignmentStatus, JudgeInvitation } from '@challenge/contract';

export type InvitationStatus = 'pending' | 'accepted' | 'withdrawn' | 'expired';

/** Where an invitation stands at `now` (ms since the epoch). */
export function invitationStatus(invitation: JudgeInvitation, now: number): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'withdrawn';
  return Date.parse(invitation.expiresAt) <= now ? 'expired' : 'pending';
}

/** GOV.UK tag colours for invitation and assignment statuses. */
export const INVITATION_TAG: Record<InvitationStatus, string> = {
  pending: 'govuk-tag--blue',
  accepted: 'govuk-tag--green',
  withdrawn: 'govuk-tag--grey',
  expired: 'govuk-tag--grey',
};

export const ASSIGNMENT_TAG: Record<AssignmentStatus, string> = {
  not_started: 'govuk-tag--grey',
  in_progress: 'govuk-tag--yellow',
  submitted: 'govuk-tag--green',
};
