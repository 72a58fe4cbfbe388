import type { EntityManager } from 'typeorm';
import { demoRandom } from './demo-votes';

export const DEMO_RUBRIC = [
  {
    name: 'Impact',
    nameCy: 'Effaith',
    description: 'How many people would benefit, and how much?',
    descriptionCy: 'Faint o bobl fyddai’n elwa, a faint?',
    weight: 3,
  },
  {
    name: 'Feasibility',
    nameCy: 'Ymarferoldeb',
    description: 'Could the council and its partners deliver it within a year?',
    descriptionCy: 'A allai’r cyngor a’i bartneriaid ei gyflawni o fewn blwyddyn?',
    weight: 2,
  },
  {
    name: 'Value for money',
    nameCy: 'Gwerth am arian',
    description: 'Is the benefit worth the cost?',
    descriptionCy: 'A yw’r budd yn werth y gost?',
    weight: 2,
  },
  {
    name: 'Inclusion',
    nameCy: 'Cynhwysiant',
    description: 'Does it reach people who are often left out?',
    descriptionCy: 'A yw’n cyrraedd pobl sy’n aml yn cael eu gadael allan?',
    weight: 1,
  },
] as const;

const SHORTLIST_SIZE = 6;
const JUDGES_PER_IDEA = 2;

/** How far judging has gone in a demo challenge. */
export type DemoJudgingProgress = 'part-scored' | 'all-submitted';

/**
 * A judging panel at work: the six most supported ideas shortlisted, a four-criterion rubric
 * (0–10 each), the demo judges with one declared conflict, two judges per idea with balanced
 * loads, and scores: a harsh judge, a lenient one and one in between, so normalisation matters.
 */
export async function insertDemoJudging(
  m: EntityManager,
  challengeId: string,
  judges: string[],
  adminId: string,
  progress: DemoJudgingProgress,
): Promise<{ shortlisted: string[]; assignments: number }> {
  const ideas: { id: string }[] = await m.query(
    `SELECT id FROM ideas WHERE challenge_id = $1 AND status = 'submitted' AND moderation_status = 'approved'
      ORDER BY vote_count DESC, submitted_at, id LIMIT $2`,
    [challengeId, SHORTLIST_SIZE],
  );
  const shortlisted = ideas.map((i) => i.id);
  for (const [position, ideaId] of shortlisted.entries()) {
    await m.query(
      `INSERT INTO challenge_shortlist (challenge_id, idea_id, position, added_by) VALUES ($1, $2, $3, $4)`,
      [challengeId, ideaId, position, adminId],
    );
  }
  const criteria: string[] = [];
  for (const [position, c] of DEMO_RUBRIC.entries()) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO rubric_criteria (challenge_id, position, name, name_cy, description, description_cy, min_score, max_score, weight)
       VALUES ($1, $2, $3, $4, $5, $6, 0, 10, $7) RETURNING id`,
      [challengeId, position, c.name, c.nameCy, c.description, c.descriptionCy, c.weight],
    );
    criteria.push(rows[0]?.id ?? '');
  }
  const conflicted = { judge: judges[2] ?? '', idea: shortlisted[1] ?? '' };
  await m.query(
    `INSERT INTO judge_conflicts (challenge_id, judge_id, idea_id, reason, recorded_by) VALUES ($1, $2, $3, $4, $2)`,
    [challengeId, conflicted.judge, conflicted.idea, 'I volunteer with the community group behind this idea.'],
  );
  await m.query(`UPDATE challenges SET judges_per_idea = $2 WHERE id = $1`, [challengeId, JUDGES_PER_IDEA]);

  const load = new Map(judges.map((j) => [j, 0]));
  const bias = [-2, 2, 0];
  const random = demoRandom(shortlisted.length * 97 + judges.length);
  let assignments = 0;
  for (const [rank, ideaId] of shortlisted.entries()) {
    const eligible = judges.filter((j) => !(j === conflicted.judge && ideaId === conflicted.idea));
    const chosen = eligible.sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0)).slice(0, JUDGES_PER_IDEA);
    for (const judge of chosen) {
      load.set(judge, (load.get(judge) ?? 0) + 1);
      const judgeIndex = judges.indexOf(judge);
      const scored = progress === 'all-submitted' || judgeIndex === 0 || (judgeIndex === 1 && rank % 2 === 0);
      const submitted = progress === 'all-submitted' || judgeIndex === 0;
      const rows: { id: string }[] = await m.query(
        `INSERT INTO judge_assignments (challenge_id, judge_id, idea_id) VALUES ($1, $2, $3) RETURNING id`,
        [challengeId, judge, ideaId],
      );
      const assignmentId = rows[0]?.id ?? '';
      assignments += 1;
      if (!scored) continue;
      for (const criterionId of criteria) {
        const quality = 8 - rank + (bias[judgeIndex] ?? 0) + Math.round(random() * 2 - 1);
        await m.query(
          `INSERT INTO judge_scores (assignment_id, criterion_id, min_score, max_score, score, comment)
           VALUES ($1, $2, 0, 10, $3, $4)`,
          [
            assignmentId,
            criterionId,
            Math.min(10, Math.max(0, quality)),
            rank < 2 ? 'Strong, well-evidenced case.' : '',
          ],
        );
      }
      if (submitted) {
        await m.query(`UPDATE judge_assignments SET submitted_at = now() - interval '2 days' WHERE id = $1`, [
          assignmentId,
        ]);
      }
    }
  }
  return { shortlisted, assignments };
}
