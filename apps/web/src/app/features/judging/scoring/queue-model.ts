import type { JudgeAssignmentSummary, JudgingRole } from '@challenge/contract';

export type QueueGroup = {
  challengeId: string;
  challengeTitle: string;
  assignments: JudgeAssignmentSummary[];
  /** How many are submitted, of all of them. */
  submitted: number;
};

/**
 * The judge's queue by challenge, in the API's order (open work first), followed by the panels
 * they sit on with nothing assigned yet.
 */
export function queueGroups(queue: readonly JudgeAssignmentSummary[], panels: readonly JudgingRole[]): QueueGroup[] {
  const groups = new Map<string, QueueGroup>();
  for (const a of queue) {
    const group = groups.get(a.challengeId) ?? {
      challengeId: a.challengeId,
      challengeTitle: a.challengeTitle,
      assignments: [],
      submitted: 0,
    };
    group.assignments.push(a);
    if (a.status === 'submitted') group.submitted++;
    groups.set(a.challengeId, group);
  }
  for (const p of panels) {
    if (!groups.has(p.challengeId)) {
      groups.set(p.challengeId, {
        challengeId: p.challengeId,
        challengeTitle: p.challengeTitle,
        assignments: [],
        submitted: 0,
      });
    }
  }
  return [...groups.values()];
}
