import { Injectable } from '@nestjs/common';
import type { Criterion, CriterionInput } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows, RowOf } from '../common/sql/typed-query';

const CRITERION = {
  id: 'uuid',
  position: 'int',
  name: 'text',
  name_cy: 'text | null',
  description: 'text',
  description_cy: 'text | null',
  min_score: 'int',
  max_score: 'int',
  weight: 'numeric-as-number',
} as const;
type CriterionRow = RowOf<typeof CRITERION>;

const toCriterion = (r: CriterionRow): Criterion => ({
  id: r.id,
  position: r.position,
  name: r.name,
  nameCy: r.name_cy,
  description: r.description,
  descriptionCy: r.description_cy,
  minScore: r.min_score,
  maxScore: r.max_score,
  weight: r.weight,
});

/** rubric_criteria: a challenge's criteria, in order. */
@Injectable()
export class RubricRepository {
  constructor(private readonly dataSource: DataSource) {}

  async criteria(challengeId: string, manager: EntityManager = this.dataSource.manager): Promise<Criterion[]> {
    const rows = await queryRows(
      manager,
      `SELECT id, position, name, name_cy, description, description_cy, min_score, max_score, weight
         FROM rubric_criteria WHERE challenge_id = $1 ORDER BY position`,
      [challengeId],
      CRITERION,
    );
    return rows.map(toCriterion);
  }

  /** Replaces every criterion (only while no score refers to them: the caller checks). */
  async replace(challengeId: string, criteria: CriterionInput[], m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM rubric_criteria WHERE challenge_id = $1`, [challengeId]);
    for (const [position, c] of criteria.entries()) {
      await m.query(
        `INSERT INTO rubric_criteria (challenge_id, position, name, name_cy, description, description_cy,
                                      min_score, max_score, weight)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          challengeId,
          position,
          c.name,
          c.nameCy || null,
          c.description,
          c.descriptionCy || null,
          c.minScore,
          c.maxScore,
          c.weight,
        ],
      );
    }
  }
}
