import { Injectable } from '@nestjs/common';
import type { Locale } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';

/** An assignment as its judge sees it in the queue. */
export type AssignmentRow = {
  id: string;
  challenge_id: string;
  challenge_title: string;
  idea_id: string;
  idea_title: string;
  judge_id: string;
  submitted_at: Date | null;
  reopened_at: Date | null;
  reopen_reason: string | null;
  scored: number;
};

/** The judge-facing fields of an idea; `author_name` is null when the review is blind. */
export type JudgeIdeaRow = {
  id: string;
  title: string;
  summary: string;
  description: string;
  category: string | null;
  author_name: string | null;
};

export type CriterionRow = {
  id: string;
  position: number;
  name: string;
  name_cy: string | null;
  description: string;
  description_cy: string | null;
  min_score: number;
  max_score: number;
  weight: number;
};

/** An assignment as a challenge's admins handle it, with what the judge's email needs. */
export type AdminAssignmentRow = {
  id: string;
  judge_id: string;
  idea_id: string;
  idea_title: string;
  challenge_title: string;
  submitted_at: Date | null;
  judge_email: string;
  judge_name: string;
  judge_locale: Locale;
};

export type ScoreRow = { criterion_id: string; score: number; comment: string };
export type ScoreWrite = {
  criterionId: string;
  minScore: number;
  maxScore: number;
  score: number;
  comment: string | null;
};

/**
 * The judge's side of an assignment is reached only through rows that tie it to the caller: they
 * are the assigned judge, still on the challenge's panel and not conflicted on the idea (a
 * declared or recorded conflict, or their own or co-authored idea). Anything else is
 * indistinguishable from an id that does not exist.
 */
const OWN_ASSIGNMENTS = `
  FROM judge_assignments a
  JOIN challenge_judges j ON j.challenge_id = a.challenge_id AND j.user_id = a.judge_id
  JOIN challenges c ON c.id = a.challenge_id
  JOIN ideas i ON i.id = a.idea_id AND i.challenge_id = a.challenge_id
 WHERE a.judge_id = $1
   AND NOT EXISTS (SELECT 1 FROM judge_conflicts jc WHERE jc.judge_id = a.judge_id AND jc.idea_id = a.idea_id)
   AND i.author_id <> a.judge_id
   AND NOT EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = a.idea_id AND ca.user_id = a.judge_id)`;

const ASSIGNMENT_COLUMNS = `
  a.id, a.challenge_id, c.title AS challenge_title, a.idea_id, i.title AS idea_title, a.judge_id,
  a.submitted_at, a.reopened_at, a.reopen_reason,
  (SELECT count(*)::int FROM judge_scores s WHERE s.assignment_id = a.id) AS scored`;

/** Every query of judges' queues and scoring. Pass the transaction's manager inside a transaction. */
@Injectable()
export class ScoringRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  challenge(id: string, manager?: EntityManager): Promise<ChallengeEntity | null> {
    return this.m(manager).findOneBy(ChallengeEntity, { id });
  }

  /** The judge's assignments across challenges: open work first, then by challenge and idea title. */
  queue(judgeId: string): Promise<AssignmentRow[]> {
    return this.dataSource.query(
      `SELECT ${ASSIGNMENT_COLUMNS} ${OWN_ASSIGNMENTS}
        ORDER BY (a.submitted_at IS NOT NULL), c.title, c.id, i.title, a.id`,
      [judgeId],
    );
  }

  /** One of the judge's own assignments (row-locked with `lock` inside a transaction), or null. */
  async own(
    assignmentId: string,
    judgeId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<AssignmentRow | null> {
    const rows: AssignmentRow[] = await this.m(manager).query(
      `SELECT ${ASSIGNMENT_COLUMNS} ${OWN_ASSIGNMENTS} AND a.id = $2 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [judgeId, assignmentId],
    );
    return rows[0] ?? null;
  }

  /**
   * The idea as a judge may see it. The author's name is read only when the challenge's review is
   * not blind; nothing else about the author or team is ever selected.
   */
  async judgeIdea(ideaId: string): Promise<JudgeIdeaRow | null> {
    const rows: JudgeIdeaRow[] = await this.dataSource.query(
      `SELECT i.id, i.title, i.summary, i.description, i.category,
              CASE WHEN c.blind_review THEN NULL ELSE u.display_name END AS author_name
         FROM ideas i
         JOIN challenges c ON c.id = i.challenge_id
         LEFT JOIN users u ON u.id = i.author_id AND NOT c.blind_review
        WHERE i.id = $1`,
      [ideaId],
    );
    return rows[0] ?? null;
  }

  criteria(challengeId: string, manager?: EntityManager): Promise<CriterionRow[]> {
    return this.m(manager).query(
      `SELECT id, position, name, name_cy, description, description_cy, min_score, max_score, weight::float8 AS weight
         FROM rubric_criteria WHERE challenge_id = $1 ORDER BY position`,
      [challengeId],
    );
  }

  scores(assignmentId: string, manager?: EntityManager): Promise<ScoreRow[]> {
    return this.m(manager).query(
      `SELECT s.criterion_id, s.score, s.comment
         FROM judge_scores s JOIN rubric_criteria r ON r.id = s.criterion_id
        WHERE s.assignment_id = $1 ORDER BY r.position`,
      [assignmentId],
    );
  }

  /**
   * Inserts or replaces scores. The range is copied from the criterion so the composite foreign
   * key and the range check hold; a comment left out (null) keeps the saved one.
   */
  async upsertScores(assignmentId: string, scores: ScoreWrite[], now: Date, manager: EntityManager): Promise<void> {
    for (const s of scores) {
      await manager.query(
        `INSERT INTO judge_scores (assignment_id, criterion_id, min_score, max_score, score, comment, updated_at)
         VALUES ($1, $2, $3, $4, $5, coalesce($6::text, ''), $7)
         ON CONFLICT (assignment_id, criterion_id) DO UPDATE
            SET min_score = EXCLUDED.min_score, max_score = EXCLUDED.max_score, score = EXCLUDED.score,
                comment = coalesce($6::text, judge_scores.comment), updated_at = EXCLUDED.updated_at`,
        [assignmentId, s.criterionId, s.minScore, s.maxScore, s.score, s.comment, now],
      );
    }
  }

  async submit(assignmentId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE judge_assignments SET submitted_at = $2 WHERE id = $1`, [assignmentId, now]);
  }

  /** An assignment of the challenge, row-locked, with its judge's contact details; null if not of this challenge. */
  async adminAssignment(
    challengeId: string,
    assignmentId: string,
    manager: EntityManager,
  ): Promise<AdminAssignmentRow | null> {
    const rows: AdminAssignmentRow[] = await manager.query(
      `SELECT a.id, a.judge_id, a.idea_id, i.title AS idea_title, c.title AS challenge_title, a.submitted_at,
              u.email AS judge_email, u.display_name AS judge_name, u.locale AS judge_locale
         FROM judge_assignments a
         JOIN ideas i ON i.id = a.idea_id
         JOIN challenges c ON c.id = a.challenge_id
         JOIN users u ON u.id = a.judge_id
        WHERE a.challenge_id = $1 AND a.id = $2
        FOR UPDATE OF a`,
      [challengeId, assignmentId],
    );
    return rows[0] ?? null;
  }

  async reopen(assignmentId: string, reason: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE judge_assignments SET submitted_at = NULL, reopened_at = $2, reopen_reason = $3 WHERE id = $1`,
      [assignmentId, now, reason],
    );
  }
}
