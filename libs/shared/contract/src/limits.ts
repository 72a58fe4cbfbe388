/**
 * Every length, size and count limit that both the API (DTO validation) and the web app (form
 * checks, hints) enforce. Change a limit here and both sides follow; lengths are in characters as
 * PostgreSQL counts them (code points).
 */
export const LIMITS = {
  /** Ideas */
  ideaTitle: 150,
  ideaSummary: 500,
  ideaDescription: 20_000,
  attachmentsPerIdea: 10,
  attachmentBytes: 10 * 1024 * 1024,
  teamSize: 5,
  teamInvitationsPerDay: 10,
  /** Challenges */
  challengeTitle: 150,
  coverBytes: 5 * 1024 * 1024,
  prizeName: 100,
  /** pence; £1bn */
  prizePence: 100_000_000_000,
  /** Discussion and moderation */
  comment: 5000,
  reportReason: 1000,
  moderationReason: 1000,
  /** Voting */
  flagDecisionReason: 1000,
  /** Judging */
  conflictReason: 1000,
  reopenReason: 1000,
  criterionName: 120,
  criterionDescription: 2000,
  criteriaPerRubric: 12,
  criterionMaxScore: 1000,
  criterionWeight: 1000,
  scoreComment: 5000,
  scoresPerSave: 50,
  shortlistSize: 200,
  judgesPerIdea: 50,
  /** Results */
  overrideReason: 1000,
  updateText: 10_000,
  /** pence; £1bn */
  updateSpendPence: 100_000_000_000,
  /** Accounts and councils */
  organisationNameMin: 2,
  organisationName: 120,
  displayName: 100,
  email: 254,
  passwordMin: 12,
  password: 256,
} as const;

export type LimitName = keyof typeof LIMITS;
