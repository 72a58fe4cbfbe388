import { Injectable } from '@nestjs/common';
import type { Conflict } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows, RowOf } from '../common/sql/typed-query';

const CONFLICT = {
  id: 'uuid',
  judge_id: 'uuid',
  judge_name: 'text',
  idea_id: 'uuid',
  idea_title: 'text',
  reason: 'text',
  recorded_by: 'uuid | null',
  created_at: 'timestamptz',
} as const;
type ConflictRow = RowOf<typeof CONFLICT>;

const toConflict = (r: ConflictRow): Conflict => ({
  id: r.id,
  judgeId: r.judge_id,
  judgeName: r.judge_name,
  ideaId: r.idea_id,
  ideaTitle: r.idea_title,
  reason: r.reason,
  recordedByAdmin: r.recorded_by !== null && r.recorded_by !== r.judge_id,
  createdAt: r.created_at.toISOString(),
});

/** An assignment a conflict removes, as the audit records it. */
export type AssignmentToRemove = {
  id: string;
  submitted: boolean;
  submittedAt: string | null;
  scores: { criterionId: string; score: number; comment: string }[];
};

const SELECT = `SELECT c.id, c.judge_id, u.display_name AS judge_name, c.idea_id, i.title AS idea_title, c.reason,
                       c.recorded_by, c.created_at
                  FROM judge_conflicts c JOIN users u ON u.id = c.judge_id JOIN ideas i ON i.id = c.idea_id`;

/** judge_conflicts: a judge's conflicts of interest (unique per judge and idea). */
@Injectable()
export class ConflictsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(challengeId: string, judgeId?: string): Promise<Conflict[]> {
    const rows = await queryRows(
      this.dataSource,
      `${SELECT} WHERE c.challenge_id = $1 AND ($2::uuid IS NULL OR c.judge_id = $2)
        ORDER BY c.created_at, c.id`,
      [challengeId, judgeId ?? null],
      CONFLICT,
    );
    return rows.map(toConflict);
  }

  async find(judgeId: string, ideaId: string, manager?: EntityManager): Promise<Conflict | null> {
    const rows = await queryRows(
      manager ?? this.dataSource.manager,
      `${SELECT} WHERE c.judge_id = $1 AND c.idea_id = $2`,
      [judgeId, ideaId],
      CONFLICT,
    );
    const row = rows[0];
    return row ? toConflict(row) : null;
  }

  /** The idea's challenge and status, or null when there is no such idea. */
  async idea(ideaId: string): Promise<{ challenge_id: string; status: string } | null> {
    const rows = await queryRows(this.dataSource, `SELECT challenge_id, status FROM ideas WHERE id = $1`, [ideaId], {
      challenge_id: 'uuid',
      status: 'text',
    });
    return rows[0] ?? null;
  }

  /**
   * The judge's assignment of the idea with its scores, locked until the transaction ends (so it
   * cannot be submitted meanwhile): what recording a conflict would remove.
   */
  async assignment(judgeId: string, ideaId: string, m: EntityManager): Promise<AssignmentToRemove | null> {
    const rows = await queryRows(
      m,
      `SELECT id, submitted_at FROM judge_assignments WHERE judge_id = $1 AND idea_id = $2 FOR UPDATE`,
      [judgeId, ideaId],
      { id: 'uuid', submitted_at: 'timestamptz | null' },
    );
    const row = rows[0];
    if (!row) return null;
    const scores: AssignmentToRemove['scores'] = await queryRows(
      m,
      `SELECT s.criterion_id AS "criterionId", s.score, s.comment
         FROM judge_scores s JOIN rubric_criteria c ON c.id = s.criterion_id
        WHERE s.assignment_id = $1 ORDER BY c.position`,
      [row.id],
      { criterionId: 'uuid', score: 'int', comment: 'text' },
    );
    return {
      id: row.id,
      submitted: row.submitted_at !== null,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      scores,
    };
  }

  /**
   * Records the conflict unless the judge already has one on the idea (the first reason stands);
   * the database then removes the judge's assignment of the idea. True when it was new.
   */
  async insert(
    values: { challengeId: string; judgeId: string; ideaId: string; reason: string; recordedBy: string },
    m: EntityManager,
  ): Promise<boolean> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO judge_conflicts (challenge_id, judge_id, idea_id, reason, recorded_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (judge_id, idea_id) DO NOTHING RETURNING id`,
      [values.challengeId, values.judgeId, values.ideaId, values.reason, values.recordedBy],
    );
    return rows.length > 0;
  }
}
