import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pairwise voting ("which is better?") and the signals fraud flags are built from.
 *
 * - `challenges.support_voting` / `pairwise_voting`: which public-vote methods a challenge uses
 *   (at least one when it has a voting stage); `public_vote_measure` says which one feeds the
 *   final ranking.
 * - `idea_votes.network` is a keyed hash of the voter's network (IPv4 /24, IPv6 /48), never the
 *   address itself; `account_created_at` is copied at vote time so bursts of new accounts can be
 *   found even after an account is erased.
 * - `pairwise_comparisons`: one row per answered pair; the unique index keeps one answer per
 *   person per unordered pair (ideas stored low/high by id). `winner_idea_id` NULL is a skip
 *   ("can't decide"), kept so the pair is not served again but ignored by the fit.
 * - `vote_invalidations`: the admin's decisions on flagged votes (invalidate, restore), audited
 *   separately; the vote row's `invalidated_at` is the current state.
 */
export class PairwiseAndVoteSignals1795734000000 implements MigrationInterface {
  name = 'PairwiseAndVoteSignals1795734000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE challenges
        ADD COLUMN support_voting boolean NOT NULL DEFAULT true,
        ADD COLUMN pairwise_voting boolean NOT NULL DEFAULT false,
        ADD COLUMN public_vote_measure text NOT NULL DEFAULT 'supports'
          CONSTRAINT challenges_public_vote_measure_check CHECK (public_vote_measure IN ('supports', 'pairwise')),
        ADD CONSTRAINT challenges_some_vote_method CHECK (support_voting OR pairwise_voting),
        ADD CONSTRAINT challenges_measure_enabled CHECK (
          (public_vote_measure = 'supports' AND support_voting) OR (public_vote_measure = 'pairwise' AND pairwise_voting))`);

    await q.query(`
      ALTER TABLE idea_votes
        ADD COLUMN network text,
        ADD COLUMN account_created_at timestamptz,
        ADD CONSTRAINT idea_votes_invalidation_reason CHECK (invalidated_at IS NULL OR invalidated_reason IS NOT NULL)`);
    await q.query(`CREATE INDEX idea_votes_challenge_time_idx ON idea_votes (challenge_id, created_at)`);

    await q.query(`
      CREATE TABLE pairwise_comparisons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        voter_key text NOT NULL,
        user_id uuid REFERENCES users (id),
        idea_low uuid NOT NULL REFERENCES ideas (id),
        idea_high uuid NOT NULL REFERENCES ideas (id),
        winner_idea_id uuid REFERENCES ideas (id),
        network text,
        created_at timestamptz NOT NULL DEFAULT now(),
        invalidated_at timestamptz,
        invalidated_reason text,
        CONSTRAINT pairwise_ordered CHECK (idea_low < idea_high),
        CONSTRAINT pairwise_winner_in_pair CHECK (winner_idea_id IS NULL OR winner_idea_id IN (idea_low, idea_high)),
        CONSTRAINT pairwise_invalidation_reason CHECK (invalidated_at IS NULL OR invalidated_reason IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX pairwise_one_answer_per_pair ON pairwise_comparisons (challenge_id, voter_key, idea_low, idea_high)`,
    );
    await q.query(`CREATE INDEX pairwise_challenge_idx ON pairwise_comparisons (challenge_id, created_at)`);
    await q.query(`CREATE INDEX pairwise_user_idx ON pairwise_comparisons (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE ideas
        ADD COLUMN comparison_count integer NOT NULL DEFAULT 0 CONSTRAINT ideas_comparison_count_check CHECK (comparison_count >= 0)`);

    await q.query(`
      CREATE TABLE vote_invalidations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id),
        action text NOT NULL CHECK (action IN ('invalidate', 'restore')),
        flag_id text,
        reason text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        vote_ids uuid[] NOT NULL,
        actor_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX vote_invalidations_challenge_idx ON vote_invalidations (challenge_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vote_invalidations`);
    await q.query(`ALTER TABLE ideas DROP COLUMN comparison_count`);
    await q.query(`DROP TABLE pairwise_comparisons`);
    await q.query(`DROP INDEX idea_votes_challenge_time_idx`);
    await q.query(`
      ALTER TABLE idea_votes DROP CONSTRAINT idea_votes_invalidation_reason,
        DROP COLUMN account_created_at, DROP COLUMN network`);
    await q.query(`
      ALTER TABLE challenges DROP CONSTRAINT challenges_measure_enabled, DROP CONSTRAINT challenges_some_vote_method,
        DROP COLUMN public_vote_measure, DROP COLUMN pairwise_voting, DROP COLUMN support_voting`);
  }
}
