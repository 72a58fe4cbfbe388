import type { Criterion, JudgeAssignment, JudgeAssignmentSummary, JudgeIdeaView, Score } from '@challenge/contract';
import { renderMarkdown } from '../common/markdown';
import type { AssignmentRow, CriterionRow, JudgeIdeaRow, ScoreRow } from './scoring.repository';
import { assignmentStatus } from './scoring-rules';

export const toJudgeAssignmentSummary = (a: AssignmentRow): JudgeAssignmentSummary => ({
  id: a.id,
  challengeId: a.challenge_id,
  challengeTitle: a.challenge_title,
  ideaId: a.idea_id,
  ideaTitle: a.idea_title,
  status: assignmentStatus({ submittedAt: a.submitted_at, scored: a.scored, reopenedAt: a.reopened_at }),
  submittedAt: a.submitted_at ? a.submitted_at.toISOString() : null,
});

export const toCriterion = (c: CriterionRow): Criterion => ({
  id: c.id,
  position: c.position,
  name: c.name,
  nameCy: c.name_cy,
  description: c.description,
  descriptionCy: c.description_cy,
  minScore: c.min_score,
  maxScore: c.max_score,
  weight: Number(c.weight),
});

export const toScore = (s: ScoreRow): Score => ({ criterionId: s.criterion_id, score: s.score, comment: s.comment });

/**
 * The idea for a judge: its content only. The author's name appears only when the row carries it
 * (the review is not blind); ids of people, emails, the team, attachments, comments, vote counts
 * and dates are never part of this view.
 */
export const toJudgeIdeaView = (i: JudgeIdeaRow): JudgeIdeaView => ({
  id: i.id,
  title: i.title,
  summary: i.summary,
  description: i.description,
  descriptionHtml: i.description.trim() === '' ? null : renderMarkdown(i.description),
  category: i.category,
  ...(i.author_name !== null ? { authorName: i.author_name } : {}),
});

export const toJudgeAssignment = (
  a: AssignmentRow,
  idea: JudgeIdeaRow,
  criteria: CriterionRow[],
  scores: ScoreRow[],
): JudgeAssignment => ({
  ...toJudgeAssignmentSummary(a),
  idea: toJudgeIdeaView(idea),
  criteria: criteria.map(toCriterion),
  scores: scores.map(toScore),
  reopenReason: a.reopen_reason,
});
