import type { DataExport, JudgingRole, Me, Membership } from '@challenge/contract';
import type {
  AuditRow,
  EmailRow,
  JudgingRow,
  MembershipRow,
  PairwiseAnswerRow,
  SessionRow,
  UserRow,
  VoteRow,
} from './accounts.repository';

export const toMembership = (row: MembershipRow): Membership => ({
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  role: row.role,
});

const toJudgingRole = (row: JudgingRow): JudgingRole => ({ challengeId: row.challenge_id, challengeTitle: row.title });

export const toMe = (user: UserRow, memberships: MembershipRow[], judging: JudgingRow[] = []): Me => ({
  id: user.id,
  email: user.email,
  displayName: user.display_name,
  emailVerified: user.email_verified_at !== null,
  isPlatformAdmin: user.is_platform_admin,
  locale: user.locale,
  memberships: memberships.map(toMembership),
  judging: judging.map(toJudgingRole),
  createdAt: new Date(user.created_at).toISOString(),
});

const iso = (value: Date | null): string | null => (value === null ? null : new Date(value).toISOString());

/** Everything held about a person, without any secret (no password or token hashes). */
export const toDataExport = (
  account: Me,
  sessions: SessionRow[],
  audit: AuditRow[],
  emails: EmailRow[],
  ballots: { votes: VoteRow[]; pairwise: PairwiseAnswerRow[] },
  exportedAt: Date = new Date(),
): DataExport => ({
  exportedAt: exportedAt.toISOString(),
  account,
  sessions: sessions.map((s) => ({
    createdAt: new Date(s.created_at).toISOString(),
    expiresAt: new Date(s.expires_at).toISOString(),
    revokedAt: iso(s.revoked_at),
    userAgent: s.user_agent,
  })),
  auditTrail: audit.map((a) => ({
    occurredAt: new Date(a.occurred_at).toISOString(),
    action: a.action,
    targetType: a.target_type,
    targetId: a.target_id,
  })),
  emails: emails.map((e) => ({
    createdAt: new Date(e.created_at).toISOString(),
    subject: e.subject,
    template: e.template,
  })),
  votes: ballots.votes.map((v) => ({
    challengeId: v.challenge_id,
    ideaId: v.idea_id,
    ideaTitle: v.title,
    createdAt: new Date(v.created_at).toISOString(),
    invalidated: v.invalidated,
  })),
  pairwiseAnswers: ballots.pairwise.map((p) => ({
    challengeId: p.challenge_id,
    ideaIds: [p.idea_low, p.idea_high],
    winnerIdeaId: p.winner_idea_id,
    createdAt: new Date(p.created_at).toISOString(),
  })),
});
