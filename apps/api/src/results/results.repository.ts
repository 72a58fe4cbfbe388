import { Injectable } from '@nestjs/common';
import type { Locale, PublicVoteMeasure } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { PUBLICLY_LISTED } from '../ideas/idea-visibility';
import type { InputsFingerprint } from './results-fingerprint';
import type { ResultsSnapshot } from './results-snapshot';

export type ResultsChallengeRow = {
  id: string;
  slug: string;
  title: string;
  title_cy: string | null;
  organisation_id: string;
  /** numeric: pg returns it as text; null when the challenge has no public vote weight. */
  public_vote_weight: string | null;
  public_vote_measure: PublicVoteMeasure;
  pairwise_voting: boolean;
  judges_per_idea: number | null;
  judging_opens_at: Date | null;
};
export type CriterionRow = {
  id: string;
  name: string;
  name_cy: string | null;
  weight: string;
  min_score: number;
  max_score: number;
};
/** A publicly listed idea; `shortlisted` ones are ranked. */
export type ListedIdeaRow = {
  id: string;
  title: string;
  category: string | null;
  entrant_category: string | null;
  shortlisted: boolean;
  vote_count: number;
  comparison_count: number;
};
/** A submitted score; `judge` is "judge 1", "judge 2"… in the order judges joined the panel. */
export type JudgeScoreRow = { judge: string; idea_id: string; criterion_id: string; score: number };
export type PrizeRow = {
  id: string;
  name: string;
  name_cy: string | null;
  amount_pence: string;
  count: number;
  category: string | null;
  peoples_choice: boolean;
  position: number;
};
export type OverrideRow = { prize_id: string; slot: number; idea_id: string | null; override_reason: string };
export type StoredResultsRow = {
  computed: ResultsSnapshot;
  confirmed_at: Date | null;
  published_at: Date | null;
  /** The inputs' fingerprint when confirmed (null when unconfirmed, or confirmed before it was stored). */
  inputs_fingerprint: InputsFingerprint | null;
};
/** Valid pairwise answers between two ideas, counted per winner and loser. */
export type PairwiseAnswerRow = { winner: string; loser: string; n: number };
export type WinnerRecipientRow = { idea_id: string; email: string; display_name: string; locale: Locale };
export type AwardInsert = { prizeId: string; slot: number; ideaId: string | null; amountPence: number };

/** The queries of results: the inputs of the ranking, the stored snapshot and the awards. */
@Injectable()
export class ResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async challenge(id: string, manager?: EntityManager): Promise<ResultsChallengeRow | null> {
    const rows: ResultsChallengeRow[] = await this.m(manager).query(
      `SELECT id, slug, title, title_cy, organisation_id, public_vote_weight, public_vote_measure, pairwise_voting,
              judges_per_idea, judging_opens_at
         FROM challenges WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the challenge row: confirming, overriding and publishing run one at a time per challenge. */
  async lockChallenge(id: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT 1 FROM challenges WHERE id = $1 FOR UPDATE`, [id]);
  }

  async criteria(challengeId: string, manager?: EntityManager): Promise<CriterionRow[]> {
    return this.m(manager).query(
      `SELECT id, name, name_cy, weight, min_score, max_score FROM rubric_criteria
        WHERE challenge_id = $1 ORDER BY position`,
      [challengeId],
    );
  }

  /** Every publicly listed idea, shortlisted ones first in shortlist order, then by title. */
  async listedIdeas(challengeId: string, manager?: EntityManager): Promise<ListedIdeaRow[]> {
    return this.m(manager).query(
      `SELECT i.id, i.title, i.category, i.entrant_category, (s.idea_id IS NOT NULL) AS shortlisted,
              i.vote_count, i.comparison_count
         FROM ideas i LEFT JOIN challenge_shortlist s ON s.challenge_id = i.challenge_id AND s.idea_id = i.id
        WHERE i.challenge_id = $1 AND ${PUBLICLY_LISTED}
        ORDER BY s.position NULLS LAST, i.title, i.id`,
      [challengeId],
    );
  }

  /**
   * Submitted scores on shortlisted, publicly listed ideas. Judges are numbered from 1 in the order
   * they joined the panel (then by id), counting only judges with such scores: the label is all
   * that leaves this query, never who the judge is.
   */
  async submittedScores(challengeId: string, manager?: EntityManager): Promise<JudgeScoreRow[]> {
    return this.m(manager).query(
      `WITH scored AS (
         SELECT a.judge_id, a.idea_id, s.criterion_id, s.score
           FROM judge_assignments a
           JOIN judge_scores s ON s.assignment_id = a.id
           JOIN challenge_shortlist sl ON sl.challenge_id = a.challenge_id AND sl.idea_id = a.idea_id
           JOIN ideas i ON i.id = a.idea_id
          WHERE a.challenge_id = $1 AND a.submitted_at IS NOT NULL AND ${PUBLICLY_LISTED}
       ), numbered AS (
         SELECT j.judge_id, row_number() OVER (ORDER BY cj.created_at NULLS LAST, j.judge_id) AS n
           FROM (SELECT DISTINCT judge_id FROM scored) j
           LEFT JOIN challenge_judges cj ON cj.challenge_id = $1 AND cj.user_id = j.judge_id
       )
       SELECT 'judge ' || n.n AS judge, sc.idea_id, sc.criterion_id, sc.score
         FROM scored sc JOIN numbered n ON n.judge_id = sc.judge_id
        ORDER BY n.n, sc.idea_id, sc.criterion_id`,
      [challengeId],
    );
  }

  async conflictsHandled(challengeId: string, manager?: EntityManager): Promise<number> {
    const rows: { n: number }[] = await this.m(manager).query(
      `SELECT count(*)::int AS n FROM judge_conflicts WHERE challenge_id = $1`,
      [challengeId],
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * The valid pairwise answers (a winner, not invalidated) the Bradley–Terry fit is made from, as
   * PairwiseRepository.results reads them, in a total order: they fingerprint the pairwise scores.
   */
  async pairwiseAnswers(challengeId: string, manager?: EntityManager): Promise<PairwiseAnswerRow[]> {
    return this.m(manager).query(
      `SELECT winner_idea_id AS winner,
              CASE WHEN winner_idea_id = idea_low THEN idea_high ELSE idea_low END AS loser,
              count(*)::int AS n
         FROM pairwise_comparisons
        WHERE challenge_id = $1 AND winner_idea_id IS NOT NULL AND invalidated_at IS NULL
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [challengeId],
    );
  }

  async prizes(challengeId: string, manager?: EntityManager): Promise<PrizeRow[]> {
    return this.m(manager).query(
      `SELECT id, name, name_cy, amount_pence, count, category, peoples_choice, position FROM challenge_prizes
        WHERE challenge_id = $1 ORDER BY position, id`,
      [challengeId],
    );
  }

  async overrides(challengeId: string, manager?: EntityManager): Promise<OverrideRow[]> {
    return this.m(manager).query(
      `SELECT prize_id, slot, idea_id, override_reason FROM prize_awards
        WHERE challenge_id = $1 AND overridden ORDER BY prize_id, slot`,
      [challengeId],
    );
  }

  async stored(challengeId: string, manager?: EntityManager): Promise<StoredResultsRow | null> {
    const rows: StoredResultsRow[] = await this.m(manager).query(
      `SELECT computed, confirmed_at, published_at, inputs_fingerprint FROM challenge_results WHERE challenge_id = $1`,
      [challengeId],
    );
    return rows[0] ?? null;
  }

  /** Records an admin's choice for one prize slot (replacing any earlier allocation of it). */
  async saveOverride(
    challengeId: string,
    award: AwardInsert,
    reason: string,
    userId: string,
    m: EntityManager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO prize_awards (challenge_id, prize_id, slot, idea_id, amount_pence, overridden, override_reason, overridden_by)
       VALUES ($1, $2, $3, $4, $5, true, $6, $7)
       ON CONFLICT (prize_id, slot) DO UPDATE
         SET idea_id = EXCLUDED.idea_id, amount_pence = EXCLUDED.amount_pence, overridden = true,
             override_reason = EXCLUDED.override_reason, overridden_by = EXCLUDED.overridden_by, created_at = now()`,
      [challengeId, award.prizeId, award.slot, award.ideaId, award.amountPence, reason, userId],
    );
  }

  /** An override changes what was confirmed: the admin confirms again before publishing. */
  async clearConfirmation(challengeId: string, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE challenge_results SET confirmed_at = NULL, confirmed_by = NULL, inputs_fingerprint = NULL, updated_at = now()
        WHERE challenge_id = $1 AND published_at IS NULL`,
      [challengeId],
    );
  }

  /**
   * Stores the confirmed snapshot with the fingerprint of its inputs (publishing refuses when the
   * inputs have changed since; the demo, which publishes at once, stores none) and the computed
   * awards; overridden slots keep the admin's choice.
   */
  async confirm(
    challengeId: string,
    snapshot: ResultsSnapshot,
    computed: AwardInsert[],
    userId: string,
    at: Date,
    m: EntityManager,
    fingerprint: InputsFingerprint | null = null,
  ): Promise<void> {
    await m.query(
      `INSERT INTO challenge_results (challenge_id, computed, confirmed_at, confirmed_by, updated_at, inputs_fingerprint)
       VALUES ($1, $2::jsonb, $3, $4, $3, $5::jsonb)
       ON CONFLICT (challenge_id) DO UPDATE
         SET computed = EXCLUDED.computed, confirmed_at = EXCLUDED.confirmed_at,
             confirmed_by = EXCLUDED.confirmed_by, updated_at = EXCLUDED.updated_at,
             inputs_fingerprint = EXCLUDED.inputs_fingerprint`,
      [challengeId, JSON.stringify(snapshot), at, userId, fingerprint === null ? null : JSON.stringify(fingerprint)],
    );
    await m.query(`DELETE FROM prize_awards WHERE challenge_id = $1 AND NOT overridden`, [challengeId]);
    for (const a of computed) {
      await m.query(
        `INSERT INTO prize_awards (challenge_id, prize_id, slot, idea_id, amount_pence) VALUES ($1, $2, $3, $4, $5)`,
        [challengeId, a.prizeId, a.slot, a.ideaId, a.amountPence],
      );
    }
  }

  async publish(challengeId: string, userId: string, at: Date, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE challenge_results SET published_at = $2, published_by = $3, updated_at = $2 WHERE challenge_id = $1`,
      [challengeId, at, userId],
    );
    await m.query(`UPDATE challenges SET results_published_at = $2 WHERE id = $1`, [challengeId, at]);
  }

  /** Authors and co-authors of the awarded ideas who can still be written to. */
  async winnerRecipients(ideaIds: string[], m: EntityManager): Promise<WinnerRecipientRow[]> {
    return m.query(
      `WITH team AS (
         SELECT i.id AS idea_id, i.author_id AS user_id FROM ideas i WHERE i.id = ANY($1::uuid[])
         UNION
         SELECT ca.idea_id, ca.user_id FROM idea_coauthors ca WHERE ca.idea_id = ANY($1::uuid[])
       )
       SELECT t.idea_id, u.email, u.display_name, u.locale
         FROM team t JOIN users u ON u.id = t.user_id
        WHERE u.erased_at IS NULL AND u.email IS NOT NULL
        ORDER BY t.idea_id, u.email`,
      [ideaIds],
    );
  }
}
