import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { queryRows } from '../common/sql/typed-query';

/** Queries the whole panel feature shares: the challenge, its lock and the judging facts that lock things. */
@Injectable()
export class PanelRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findChallenge(id: string, manager?: EntityManager): Promise<ChallengeEntity | null> {
    return this.m(manager).getRepository(ChallengeEntity).findOneBy({ id });
  }

  /** Locks the challenge row for the transaction, so shortlist, rubric and panel changes run one at a time. */
  async lockChallenge(id: string, m: EntityManager): Promise<ChallengeEntity | null> {
    await m.query(`SELECT 1 FROM challenges WHERE id = $1 FOR UPDATE`, [id]);
    return this.findChallenge(id, m);
  }

  async hasAssignments(challengeId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM judge_assignments WHERE challenge_id = $1 LIMIT 1`,
      [challengeId],
    );
    return rows.length > 0;
  }

  async hasScores(challengeId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM judge_scores s JOIN rubric_criteria c ON c.id = s.criterion_id WHERE c.challenge_id = $1 LIMIT 1`,
      [challengeId],
    );
    return rows.length > 0;
  }

  async hasRubric(challengeId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM rubric_criteria WHERE challenge_id = $1 LIMIT 1`,
      [challengeId],
    );
    return rows.length > 0;
  }

  async isJudge(challengeId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM challenge_judges WHERE challenge_id = $1 AND user_id = $2`,
      [challengeId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Ideas of the challenge the judge may not see or score: declared or recorded conflicts, and
   * (whether recorded or not) every idea they wrote or co-wrote.
   */
  async conflictedIdeaIds(judgeId: string, challengeId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await queryRows(
      this.m(manager),
      `SELECT idea_id FROM judge_conflicts WHERE judge_id = $1 AND challenge_id = $2
       UNION
       SELECT i.id FROM ideas i WHERE i.challenge_id = $2
          AND (i.author_id = $1 OR EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = $1))`,
      [judgeId, challengeId],
      { idea_id: 'uuid' },
    );
    return rows.map((r) => r.idea_id).sort();
  }

  async isConflicted(judgeId: string, ideaId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM judge_conflicts WHERE judge_id = $1 AND idea_id = $2
       UNION ALL
       SELECT 1 FROM ideas i WHERE i.id = $2
          AND (i.author_id = $1 OR EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = $1))
       LIMIT 1`,
      [judgeId, ideaId],
    );
    return rows.length > 0;
  }
}
