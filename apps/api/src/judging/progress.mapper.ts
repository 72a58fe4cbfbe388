import type { AssignmentStatus, JudgingProgress } from '@challenge/contract';
import type { ProgressAssignmentRow, ProgressIdeaRow, ProgressJudgeRow } from './progress.repository';
import { assignmentStatus } from './scoring-rules';

/** Who has scored what: per judge the counts, per idea each assigned judge's status. */
export function toJudgingProgress(
  judges: ProgressJudgeRow[],
  ideas: ProgressIdeaRow[],
  assignments: ProgressAssignmentRow[],
): JudgingProgress {
  const names = new Map(judges.map((j) => [j.id, j.display_name]));
  const withStatus = assignments.map((a) => ({
    ...a,
    status: assignmentStatus({ submittedAt: a.submitted_at, scored: a.scored, reopenedAt: a.reopened_at }),
  }));
  const count = (judgeId: string, status?: AssignmentStatus): number =>
    withStatus.filter((a) => a.judge_id === judgeId && (status === undefined || a.status === status)).length;
  return {
    judges: judges.map((j) => ({
      judgeId: j.id,
      displayName: j.display_name,
      assigned: count(j.id),
      submitted: count(j.id, 'submitted'),
      inProgress: count(j.id, 'in_progress'),
    })),
    ideas: ideas.map((i) => ({
      ideaId: i.id,
      title: i.title,
      judges: withStatus
        .filter((a) => a.idea_id === i.id)
        .map((a) => ({
          judgeId: a.judge_id,
          displayName: names.get(a.judge_id) ?? '',
          status: a.status,
          assignmentId: a.id,
        }))
        .sort((x, y) => x.displayName.localeCompare(y.displayName) || x.judgeId.localeCompare(y.judgeId)),
    })),
  };
}
