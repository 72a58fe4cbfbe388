import { Injectable } from '@nestjs/common';
import type { Locale } from '@challenge/contract';
import type { ExistingAssignment, JudgeIdeaPair } from '@challenge/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';

export type PanelJudgeRow = { id: string; display_name: string; email: string; locale: Locale };
export type ShortlistedIdeaRow = { id: string; title: string };
/** An existing assignment; `locked` when it has scores or is submitted, `submitted` when submitted. */
export type ExistingAssignmentRow = ExistingAssignment & { submitted: boolean };

/** The queries of generating assignments. All run inside the generation's transaction. */
@Injectable()
export class AssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The challenge, row-locked so two generations of one challenge run one after the other. */
  lockChallenge(id: string, m: EntityManager): Promise<ChallengeEntity | null> {
    return m.findOne(ChallengeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The shortlist in its order. */
  shortlist(challengeId: string, m: EntityManager): Promise<ShortlistedIdeaRow[]> {
    return m.query(
      `SELECT i.id, i.title FROM challenge_shortlist s JOIN ideas i ON i.id = s.idea_id
        WHERE s.challenge_id = $1 ORDER BY s.position, i.id`,
      [challengeId],
    );
  }

  /** The panel in the order judges joined it. */
  panel(challengeId: string, m: EntityManager): Promise<PanelJudgeRow[]> {
    return m.query(
      `SELECT u.id, u.display_name, u.email, u.locale FROM challenge_judges j JOIN users u ON u.id = j.user_id
        WHERE j.challenge_id = $1 ORDER BY j.created_at, u.id`,
      [challengeId],
    );
  }

  async criteriaCount(challengeId: string, m: EntityManager): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM rubric_criteria WHERE challenge_id = $1`,
      [challengeId],
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * Every pair of the challenge a judge must not be given: declared or recorded conflicts, and
   * ideas the judge wrote or co-wrote.
   */
  conflicts(challengeId: string, m: EntityManager): Promise<JudgeIdeaPair[]> {
    return m.query(
      `SELECT judge_id AS "judgeId", idea_id AS "ideaId" FROM judge_conflicts WHERE challenge_id = $1
       UNION
       SELECT j.user_id, i.id FROM challenge_judges j JOIN ideas i ON i.challenge_id = j.challenge_id
        WHERE j.challenge_id = $1
          AND (i.author_id = j.user_id
               OR EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = j.user_id))`,
      [challengeId],
    );
  }

  existing(challengeId: string, m: EntityManager): Promise<ExistingAssignmentRow[]> {
    return m.query(
      `SELECT a.judge_id AS "judgeId", a.idea_id AS "ideaId", a.submitted_at IS NOT NULL AS submitted,
              (a.submitted_at IS NOT NULL OR EXISTS (SELECT 1 FROM judge_scores s WHERE s.assignment_id = a.id)) AS locked
         FROM judge_assignments a WHERE a.challenge_id = $1`,
      [challengeId],
    );
  }

  async remove(challengeId: string, pairs: JudgeIdeaPair[], m: EntityManager): Promise<void> {
    if (pairs.length === 0) return;
    await m.query(
      `DELETE FROM judge_assignments a USING unnest($2::uuid[], $3::uuid[]) AS p (judge_id, idea_id)
        WHERE a.challenge_id = $1 AND a.judge_id = p.judge_id AND a.idea_id = p.idea_id`,
      [challengeId, pairs.map((p) => p.judgeId), pairs.map((p) => p.ideaId)],
    );
  }

  async add(challengeId: string, pairs: JudgeIdeaPair[], m: EntityManager): Promise<void> {
    if (pairs.length === 0) return;
    await m.query(
      `INSERT INTO judge_assignments (challenge_id, judge_id, idea_id)
       SELECT $1, p.judge_id, p.idea_id FROM unnest($2::uuid[], $3::uuid[]) AS p (judge_id, idea_id)`,
      [challengeId, pairs.map((p) => p.judgeId), pairs.map((p) => p.ideaId)],
    );
  }

  async setJudgesPerIdea(challengeId: string, k: number, m: EntityManager): Promise<void> {
    await m.query(`UPDATE challenges SET judges_per_idea = $2 WHERE id = $1`, [challengeId, k]);
  }
}
