import type { JudgeAssignmentSummary, JudgingProgress } from '@challenge/contract';
import { JudgingFacts, judgingTasks } from './judging-tasks';
import { queueGroups } from '../scoring/queue-model';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const none: JudgingFacts = {
  rubric: { criteria: [], frozen: false },
  panel: { judges: [], invitations: [] },
  shortlist: { confirmedAt: null, ideas: [] },
  conflicts: [],
  progress: { judges: [], ideas: [] },
};

describe('judging overview tasks', () => {
  it('starts with nothing done and assignments not yet possible', () => {
    expect(judgingTasks(none, NOW).map((t) => [t.page, t.status.split('.').pop()])).toEqual([
      ['rubric', 'notStarted'],
      ['panel', 'notStarted'],
      ['shortlist', 'notStarted'],
      ['conflicts', 'conflicts'],
      ['assignments', 'cannotStart'],
      ['progress', 'cannotStart'],
    ]);
  });

  it('counts criteria, judges, waiting invitations, assignments and submissions', () => {
    const progress: JudgingProgress = {
      judges: [
        { judgeId: 'j1', displayName: 'A', assigned: 2, submitted: 1, inProgress: 1 },
        { judgeId: 'j2', displayName: 'B', assigned: 2, submitted: 0, inProgress: 0 },
      ],
      ideas: [],
    };
    const tasks = judgingTasks(
      {
        ...none,
        rubric: {
          criteria: [
            {
              id: 'c',
              position: 0,
              name: 'n',
              nameCy: null,
              description: 'd',
              descriptionCy: null,
              minScore: 0,
              maxScore: 10,
              weight: 1,
            },
          ],
          frozen: true,
        },
        panel: {
          judges: [{ userId: 'j1', displayName: 'A', email: 'a@x', addedAt: '2026-01-01T00:00:00Z' }],
          invitations: [
            {
              id: 'i',
              email: 'b@x',
              createdAt: '2026-05-30T00:00:00Z',
              expiresAt: '2026-06-13T00:00:00Z',
              acceptedAt: null,
              revokedAt: null,
            },
          ],
        },
        shortlist: { confirmedAt: '2026-05-31T00:00:00Z', ideas: [] },
        progress,
      },
      NOW,
    );
    expect(tasks.map((t) => [t.status.split('.').pop(), t.params])).toEqual([
      ['criteriaFrozen', { count: '1' }],
      ['judges', { count: '1', pending: '1' }],
      ['confirmed', { count: '0' }],
      ['conflicts', { count: '0' }],
      ['assigned', { count: '4' }],
      ['submitted', { count: '1', total: '4' }],
    ]);
  });
});

describe('judge queue', () => {
  const a = (id: string, challengeId: string, status: JudgeAssignmentSummary['status']): JudgeAssignmentSummary => ({
    id,
    challengeId,
    challengeTitle: `Challenge ${challengeId}`,
    ideaId: `idea-${id}`,
    ideaTitle: `Idea ${id}`,
    status,
    submittedAt: status === 'submitted' ? '2026-01-01T00:00:00Z' : null,
  });

  it('groups assignments by challenge in order, then lists panels with nothing assigned yet', () => {
    const groups = queueGroups(
      [a('1', 'x', 'not_started'), a('2', 'y', 'in_progress'), a('3', 'x', 'submitted')],
      [
        { challengeId: 'x', challengeTitle: 'Challenge x' },
        { challengeId: 'z', challengeTitle: 'Challenge z' },
      ],
    );
    expect(groups.map((g) => [g.challengeId, g.assignments.map((x) => x.id), g.submitted])).toEqual([
      ['x', ['1', '3'], 1],
      ['y', ['2'], 0],
      ['z', [], 0],
    ]);
  });
});
