import { Injectable } from '@nestjs/common';
import type { Conflict } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';

type ConflictRow = {
  id: string;
  judge_id: string;
  judge_name: string;
  idea_id: string;
  idea_title: string;
  reason: string;
  recorded_by: string | null;
  created_at: Date;
};

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
    const rows: ConflictRow[] = await this.dataSource.query(
      `${SELECT} WHERE c.challenge_id = $1 AND ($2::uuid IS NULL OR c.judge_id = $2)
        ORDER BY c.created_at, c.id`,
      [challengeId, judgeId ?? null],
    );
    return rows.map(toConflict);
  }

  async find(judgeId: string, ideaId: string, manager?: EntityManager): Promise<Conflict | null> {
    const rows: ConflictRow[] = await (manager ?? this.dataSource.manager).query(
      `${SELECT} WHERE c.judge_id = $1 AND c.idea_id = $2`,
      [judgeId, ideaId],
    );
    const row = rows[0];
    return row ? toConflict(row) : null;
  }

  /** The idea's challenge and status, or null when there is no such idea. */
  async idea(ideaId: string): Promise<{ challenge_id: string; status: string } | null> {
    const rows: { challenge_id: string; status: string }[] = await this.dataSource.query(
      `SELECT challenge_id, status FROM ideas WHERE id = $1`,
      [ideaId],
    );
    return rows[0] ?? null;
  }

  /**
   * The judge's assignment of the idea with its scores, locked until the transaction ends (so it
   * cannot be submitted meanwhile): what recording a conflict would remove.
   */
  async assignment(judgeId: string, ideaId: string, m: EntityManager): Promise<AssignmentToRemove | null> {
    const rows: { id: string; submitted_at: Date | null }[] = await m.query(
      `SELECT id, submitted_at FROM judge_assignments WHERE judge_id = $1 AND idea_id = $2 FOR UPDATE`,
      [judgeId, ideaId],
    );
    const row = rows[0];
    if (!row) return null;
    const scores: AssignmentToRemove['scores'] = await m.query(
      `SELECT s.criterion_id AS "criterionId", s.score, s.comment
         FROM judge_scores s JOIN rubric_criteria c ON c.id = s.criterion_id
        WHERE s.assignment_id = $1 ORDER BY c.position`,
      [row.id],
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
