import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, RowOf } from '../common/sql/typed-query';

const JUDGE = { id: 'uuid', display_name: 'text' } as const;
const IDEA = { id: 'uuid', title: 'text' } as const;
const ASSIGNMENT = {
  id: 'uuid',
  judge_id: 'uuid',
  idea_id: 'uuid',
  submitted_at: 'timestamptz | null',
  reopened_at: 'timestamptz | null',
  scored: 'int',
} as const;
export type ProgressJudgeRow = RowOf<typeof JUDGE>;
export type ProgressIdeaRow = RowOf<typeof IDEA>;
export type ProgressAssignmentRow = RowOf<typeof ASSIGNMENT>;

/** The queries of the admins' judging progress view. */
@Injectable()
export class ProgressRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The panel's judges and anyone else still holding an assignment in the challenge, by name. */
  judges(challengeId: string): Promise<ProgressJudgeRow[]> {
    return queryRows(
      this.dataSource,
      `SELECT u.id, u.display_name FROM users u
        WHERE u.id IN (SELECT user_id FROM challenge_judges WHERE challenge_id = $1
                       UNION SELECT judge_id FROM judge_assignments WHERE challenge_id = $1)
        ORDER BY u.display_name, u.id`,
      [challengeId],
      JUDGE,
    );
  }

  /** The shortlisted ideas in shortlist order, then any other idea that still has assignments. */
  ideas(challengeId: string): Promise<ProgressIdeaRow[]> {
    return queryRows(
      this.dataSource,
      `SELECT i.id, i.title FROM ideas i
         LEFT JOIN challenge_shortlist s ON s.challenge_id = $1 AND s.idea_id = i.id
        WHERE i.challenge_id = $1
          AND (s.idea_id IS NOT NULL OR EXISTS (SELECT 1 FROM judge_assignments a WHERE a.idea_id = i.id))
        ORDER BY s.position NULLS LAST, i.title, i.id`,
      [challengeId],
      IDEA,
    );
  }

  assignments(challengeId: string): Promise<ProgressAssignmentRow[]> {
    return queryRows(
      this.dataSource,
      `SELECT a.id, a.judge_id, a.idea_id, a.submitted_at, a.reopened_at,
              (SELECT count(*)::int FROM judge_scores s WHERE s.assignment_id = a.id) AS scored
         FROM judge_assignments a WHERE a.challenge_id = $1`,
      [challengeId],
      ASSIGNMENT,
    );
  }
}
