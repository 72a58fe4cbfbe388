/** Shortlisting, rubric, panel, conflicts, assignments and scoring (issue: judging). */

export type ShortlistRule = 'top_votes' | 'top_pairwise';
export type ShortlistIdea = {
  ideaId: string;
  title: string;
  category: string | null;
  voteCount: number;
  pairwiseScore: number | null;
  position: number;
};
/** GET /challenges/:id/shortlist (admins; public once confirmed). */
export type Shortlist = { confirmedAt: string | null; ideas: ShortlistIdea[] };
/** POST /challenges/:id/shortlist/proposal: a proposal by rule, not saved. */
export type ShortlistProposalRequest = { rule: ShortlistRule; count: number; perCategory?: boolean };
export type ShortlistProposal = { rule: ShortlistRule; count: number; perCategory: boolean; ideas: ShortlistIdea[] };
/** PUT /challenges/:id/shortlist: `confirm` confirms it (audited, authors notified). */
export type SetShortlistRequest = { ideaIds: string[]; confirm?: boolean };

export type CriterionInput = {
  name: string;
  nameCy?: string | null;
  description: string;
  descriptionCy?: string | null;
  minScore: number;
  maxScore: number;
  weight: number;
};
export type Criterion = Required<CriterionInput> & { id: string; position: number };
/** GET/PUT /challenges/:id/rubric; `frozen` once judging has opened. */
export type Rubric = { criteria: Criterion[]; frozen: boolean };
export type SetRubricRequest = { criteria: CriterionInput[] };

export type InviteJudgeRequest = { email: string };
export type JudgeInvitation = {
  id: string;
  email: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
};
export type PanelJudge = { userId: string; displayName: string; email: string; addedAt: string };
/** GET /challenges/:id/judges (admins). */
export type Panel = { judges: PanelJudge[]; invitations: JudgeInvitation[] };
/** POST /judging/invitations/accept { token } (signed in). */
export type AcceptJudgeInvitationRequest = { token: string };
export type AcceptJudgeInvitationResponse = { challengeId: string; challengeTitle: string };

/** POST /challenges/:id/conflicts: a judge declares one; an admin records one with `judgeId`. */
export type DeclareConflictRequest = { ideaId: string; reason: string; judgeId?: string };
export type Conflict = {
  id: string;
  judgeId: string;
  judgeName: string;
  ideaId: string;
  ideaTitle: string;
  reason: string;
  recordedByAdmin: boolean;
  createdAt: string;
};

export type GenerateAssignmentsRequest = { judgesPerIdea: number };
export type AssignmentsSummary = {
  judgesPerIdea: number;
  created: number;
  removed: number;
  kept: number;
  loads: { judgeId: string; displayName: string; assigned: number }[];
};

export type ScoreInput = { criterionId: string; score: number; comment?: string };
export type SaveScoresRequest = { scores: ScoreInput[] };
export type Score = { criterionId: string; score: number; comment: string };

export type AssignmentStatus = 'not_started' | 'in_progress' | 'submitted';
/** An idea as a judge sees it: blind by default (no author, team or other identifying field). */
export type JudgeIdeaView = {
  id: string;
  title: string;
  summary: string;
  description: string;
  descriptionHtml: string | null;
  category: string | null;
  /** Only when the challenge's review is not blind. */
  authorName?: string;
};
/** GET /judging/assignments: the signed-in judge's queue across challenges. */
export type JudgeAssignmentSummary = {
  id: string;
  challengeId: string;
  challengeTitle: string;
  ideaId: string;
  ideaTitle: string;
  status: AssignmentStatus;
  submittedAt: string | null;
};
/** GET /judging/assignments/:id */
export type JudgeAssignment = JudgeAssignmentSummary & {
  idea: JudgeIdeaView;
  criteria: Criterion[];
  scores: Score[];
  reopenReason: string | null;
};
/** POST /challenges/:id/assignments/:assignmentId/reopen { reason } (admins). */
export type ReopenAssignmentRequest = { reason: string };

/** GET /challenges/:id/judging-progress (admins). */
export type JudgingProgress = {
  judges: { judgeId: string; displayName: string; assigned: number; submitted: number; inProgress: number }[];
  ideas: {
    ideaId: string;
    title: string;
    judges: { judgeId: string; displayName: string; status: AssignmentStatus; assignmentId: string }[];
  }[];
};
