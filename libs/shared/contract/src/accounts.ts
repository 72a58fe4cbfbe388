import type { Locale } from './common';
import type { OrganisationRole } from './organisations';

export type RegisterRequest = { email: string; password: string; displayName: string; locale?: Locale };
export type VerifyEmailRequest = { token: string };
export type ResendVerificationRequest = { email: string };
export type LoginRequest = { email: string; password: string };
export type ForgotPasswordRequest = { email: string };
export type ResetPasswordRequest = { token: string; password: string };
export type UpdateMeRequest = { displayName?: string; locale?: Locale };

export type Membership = { organisationId: string; organisationName: string; role: OrganisationRole };
/** A challenge the person judges (the per-challenge judge role). */
export type JudgingRole = { challengeId: string; challengeTitle: string };

export type Me = {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  isPlatformAdmin: boolean;
  locale: Locale;
  memberships: Membership[];
  judging: JudgingRole[];
  createdAt: string;
};

export type LoginResponse = { accessToken: string; expiresAt: string; user: Me };

/** A message accepted without revealing whether an account exists. */
export type AcceptedResponse = { message: string };

export type DataExport = {
  exportedAt: string;
  account: Me;
  sessions: { createdAt: string; expiresAt: string; revokedAt: string | null; userAgent: string | null }[];
  auditTrail: { occurredAt: string; action: string; targetType: string; targetId: string | null }[];
  emails: { createdAt: string; subject: string; template: string }[];
  /** Your support votes (nobody else can see them). */
  votes: { challengeId: string; ideaId: string; ideaTitle: string; createdAt: string; invalidated: boolean }[];
  /** Your "which is better?" answers; `winnerIdeaId` null is "can't decide". */
  pairwiseAnswers: { challengeId: string; ideaIds: [string, string]; winnerIdeaId: string | null; createdAt: string }[];
};

export type DevMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string;
  status: string;
  createdAt: string;
};
