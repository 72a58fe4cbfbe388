import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import type { NextPair, PairAnswerRequest } from '@challenge/contract';
import { bearer } from './factories';
import { TestChallengeOptions } from './ideas-helpers';
import { createVotingChallenge } from './votes-helpers';

export { VOTES_NOW as PAIRWISE_NOW } from './votes-helpers';

/** A published challenge with voting open around VOTES_NOW, pairwise voting on, and `ideas` listed ideas. */
export async function createPairwiseChallenge(
  db: DataSource,
  options: { ideas?: number; allowSelfVotes?: boolean; pairwise?: boolean } & TestChallengeOptions = {},
): Promise<Awaited<ReturnType<typeof createVotingChallenge>>> {
  const c = await createVotingChallenge(db, options);
  if (options.pairwise !== false) await db.query(`UPDATE challenges SET pairwise_voting = true WHERE id = $1`, [c.id]);
  return c;
}

export const nextPair = (http: () => TestAgent, user: { token: string } | null, challengeId: string) => {
  const req = http().get(`/api/v1/challenges/${challengeId}/pairs/next`);
  return user ? req.set(...bearer(user)) : req;
};

export const answerPair = (
  http: () => TestAgent,
  user: { token: string },
  challengeId: string,
  body: PairAnswerRequest | Record<string, unknown>,
) =>
  http()
    .post(`/api/v1/challenges/${challengeId}/pairs`)
    .set(...bearer(user))
    .send(body);

export const pairwiseScores = (http: () => TestAgent, challengeId: string) =>
  http().get(`/api/v1/challenges/${challengeId}/pairwise-scores`);

/** GET pairs/next as `user`, expecting 200 and a pair; returns the pair's ids and pairId. */
export async function servePair(
  http: () => TestAgent,
  user: { token: string },
  challengeId: string,
): Promise<{ pairId: string; ids: [string, string]; body: NextPair }> {
  const res = await nextPair(http, user, challengeId);
  const body = res.body as NextPair;
  if (res.status !== 200 || !body.pair || !body.pairId) {
    throw new Error(`Expected a pair, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return { pairId: body.pairId, ids: [body.pair[0].id, body.pair[1].id], body };
}

export type ComparisonRow = {
  voter_key: string;
  user_id: string | null;
  idea_low: string;
  idea_high: string;
  winner_idea_id: string | null;
  network: string | null;
};

export function comparisonRows(db: DataSource, challengeId: string): Promise<ComparisonRow[]> {
  return db.query(
    `SELECT voter_key, user_id, idea_low, idea_high, winner_idea_id, network
       FROM pairwise_comparisons WHERE challenge_id = $1 ORDER BY created_at, id`,
    [challengeId],
  );
}

export async function comparisonCounts(db: DataSource, ideaIds: string[]): Promise<Record<string, number>> {
  const rows: { id: string; comparison_count: number }[] = await db.query(
    `SELECT id, comparison_count FROM ideas WHERE id = ANY($1::uuid[])`,
    [ideaIds],
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.comparison_count]));
}

/** Inserts `count` answers "winner beat loser" straight in the database, each from a distinct voter key. */
export async function insertAnswers(
  db: DataSource,
  challengeId: string,
  winner: string,
  loser: string,
  count: number,
  voterPrefix = 'sim',
): Promise<void> {
  const [low, high] = winner < loser ? [winner, loser] : [loser, winner];
  await db.query(
    `INSERT INTO pairwise_comparisons (challenge_id, voter_key, idea_low, idea_high, winner_idea_id)
     SELECT $1, $2 || '-' || g, $3, $4, $5 FROM generate_series(1, $6::int) g`,
    [challengeId, `${voterPrefix}-${low}-${high}`, low, high, winner, count],
  );
}
