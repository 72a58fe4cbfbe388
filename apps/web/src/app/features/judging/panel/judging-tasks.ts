import type { Conflict, JudgingProgress, Panel, Rubric, Shortlist } from '@challenge/contract';
import type { JudgingPage } from './judging-admin';
import { invitationStatus } from '../common/panel-model';

/** One task of the judging overview: its page, and its status as a translation key (a tag when unfinished). */
export type JudgingTask = {
  page: Exclude<JudgingPage, ''>;
  status: string;
  params?: Record<string, string>;
  tag?: 'govuk-tag--blue' | 'govuk-tag--light-blue' | 'govuk-tag--grey';
};

export type JudgingFacts = {
  rubric: Rubric;
  panel: Panel;
  shortlist: Shortlist;
  conflicts: Conflict[];
  progress: JudgingProgress;
};

const n = (count: number): Record<string, string> => ({ count: String(count) });

/** Where each part of setting up and running the judging stands. */
export function judgingTasks(f: JudgingFacts, now: number): JudgingTask[] {
  const pending = f.panel.invitations.filter((i) => invitationStatus(i, now) === 'pending').length;
  const assignments = f.progress.judges.reduce((sum, j) => sum + j.assigned, 0);
  const submitted = f.progress.judges.reduce((sum, j) => sum + j.submitted, 0);
  const s = 'judging.overview.status.';
  return [
    f.rubric.criteria.length
      ? {
          page: 'rubric',
          status: s + (f.rubric.frozen ? 'criteriaFrozen' : 'criteria'),
          params: n(f.rubric.criteria.length),
        }
      : { page: 'rubric', status: s + 'notStarted', tag: 'govuk-tag--blue' },
    f.panel.judges.length
      ? { page: 'panel', status: s + 'judges', params: { ...n(f.panel.judges.length), pending: String(pending) } }
      : pending
        ? { page: 'panel', status: s + 'invited', params: n(pending), tag: 'govuk-tag--light-blue' }
        : { page: 'panel', status: s + 'notStarted', tag: 'govuk-tag--blue' },
    f.shortlist.confirmedAt
      ? { page: 'shortlist', status: s + 'confirmed', params: n(f.shortlist.ideas.length) }
      : f.shortlist.ideas.length
        ? { page: 'shortlist', status: s + 'saved', params: n(f.shortlist.ideas.length), tag: 'govuk-tag--light-blue' }
        : { page: 'shortlist', status: s + 'notStarted', tag: 'govuk-tag--blue' },
    { page: 'conflicts', status: s + 'conflicts', params: n(f.conflicts.length) },
    assignments
      ? { page: 'assignments', status: s + 'assigned', params: n(assignments) }
      : f.shortlist.confirmedAt
        ? { page: 'assignments', status: s + 'notStarted', tag: 'govuk-tag--blue' }
        : { page: 'assignments', status: s + 'cannotStart', tag: 'govuk-tag--grey' },
    assignments
      ? { page: 'progress', status: s + 'submitted', params: { ...n(submitted), total: String(assignments) } }
      : { page: 'progress', status: s + 'cannotStart', tag: 'govuk-tag--grey' },
  ];
}
