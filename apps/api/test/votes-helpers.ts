import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { addMember, createOrganisation, createUser, TestUser } from './factories';
import { createTestChallenge, daysFrom, insertIdea, TestChallengeOptions } from './ideas-helpers';

export { IDEAS_NOW as VOTES_NOW } from './ideas-helpers';

/** Voting open around VOTES_NOW: from 5 days before to 5 after. */
export const OPEN_VOTING = { opensAt: daysFrom(-5), closesAt: daysFrom(5) };

/**
 * A published challenge with voting open around VOTES_NOW, `ideas` publicly listed ideas by an
 * author who is not a voter, and the voting settings given.
 */
export async function createVotingChallenge(
  db: DataSource,
  options: { ideas?: number; allowance?: number; allowSelfVotes?: boolean } & TestChallengeOptions = {},
): Promise<{ id: string; organisationId: string; ideaIds: string[]; author: TestUser }> {
  const org = await createOrganisation(db);
  const { id } = await createTestChallenge(db, org.id, { voting: OPEN_VOTING, ...options });
  await db.query(`UPDATE challenges SET vote_allowance = $2, allow_self_votes = $3 WHERE id = $1`, [
    id,
    options.allowance ?? 5,
    options.allowSelfVotes ?? false,
  ]);
  const author = await createUser(db);
  const ideaIds: string[] = [];
  for (let i = 0; i < (options.ideas ?? 3); i++) ideaIds.push(await insertIdea(db, id, author.id));
  return { id, organisationId: org.id, ideaIds, author };
}

/** A signed-in admin of the council. */
export async function councilAdmin(db: DataSource, organisationId: string): Promise<TestUser> {
  const admin = await createUser(db);
  await addMember(db, organisationId, admin.id, 'admin');
  return admin;
}

export type InsertedVote = {
  ideaId: string;
  /** Votes with the same voter share an allowance row; default: a fresh voter per vote. */
  voter?: string;
  network?: string | null;
  at: Date;
  /** When the voter's account was created; default: a year before the vote. */
  accountCreatedAt?: Date | null;
};

/**
 * Votes straight in the database with chosen signals and times, for fraud-flag tests; the ideas'
 * counters and the voters' allowances move with them, so they stay equal to the table.
 */
export async function insertVotes(db: DataSource, challengeId: string, votes: InsertedVote[]): Promise<string[]> {
  const ids: string[] = [];
  for (const v of votes) {
    const voter = v.voter ?? `voter-${randomUUID()}`;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO idea_votes (challenge_id, idea_id, voter_key, network, account_created_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        challengeId,
        v.ideaId,
        voter,
        v.network ?? null,
        v.accountCreatedAt === undefined ? new Date(v.at.getTime() - 365 * 86_400_000) : v.accountCreatedAt,
        v.at,
      ],
    );
    await db.query(`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = $1`, [v.ideaId]);
    await db.query(
      `INSERT INTO challenge_voter_allowances (challenge_id, voter_key, used) VALUES ($1, $2, 1)
       ON CONFLICT (challenge_id, voter_key) DO UPDATE SET used = challenge_voter_allowances.used + 1`,
      [challengeId, voter],
    );
    ids.push(rows[0]?.id ?? '');
  }
  return ids;
}

export const minutesFrom = (minutes: number, from: Date): Date => new Date(from.getTime() + minutes * 60_000);

export const voteFlags = (http: () => TestAgent, user: { token: string }, challengeId: string) =>
  http().get(`/api/v1/challenges/${challengeId}/vote-flags`).set('Authorization', `Bearer ${user.token}`);

export const decideFlag = (
  http: () => TestAgent,
  user: { token: string },
  challengeId: string,
  flagId: string,
  action: 'invalidate' | 'restore',
  body: object = { reason: 'Checked by the council' },
) =>
  http()
    .post(`/api/v1/challenges/${challengeId}/vote-flags/${encodeURIComponent(flagId)}/${action}`)
    .set('Authorization', `Bearer ${user.token}`)
    .send(body);

export const vote = (http: () => TestAgent, user: { token: string }, ideaId: string) =>
  http().put(`/api/v1/ideas/${ideaId}/vote`).set('Authorization', `Bearer ${user.token}`);

export const unvote = (http: () => TestAgent, user: { token: string }, ideaId: string) =>
  http().delete(`/api/v1/ideas/${ideaId}/vote`).set('Authorization', `Bearer ${user.token}`);

export const myVotes = (http: () => TestAgent, user: { token: string }, challengeId: string) =>
  http().get(`/api/v1/challenges/${challengeId}/my-votes`).set('Authorization', `Bearer ${user.token}`);

/** The stored counter of each idea next to COUNT(*) of its valid votes. */
export async function counters(
  db: DataSource,
  ideaIds: string[],
): Promise<{ id: string; vote_count: number; valid_votes: number }[]> {
  return db.query(
    `SELECT i.id, i.vote_count,
            (SELECT count(*)::int FROM idea_votes v WHERE v.idea_id = i.id AND v.invalidated_at IS NULL) AS valid_votes
       FROM ideas i WHERE i.id = ANY($1::uuid[]) ORDER BY i.id`,
    [ideaIds],
  );
}

/** Each voter of a challenge: the allowance row's `used` next to COUNT(*) of their vote rows. */
export async function allowances(
  db: DataSource,
  challengeId: string,
): Promise<{ voter_key: string; used: number; votes: number }[]> {
  return db.query(
    `SELECT a.voter_key, a.used,
            (SELECT count(*)::int FROM idea_votes v WHERE v.challenge_id = a.challenge_id AND v.voter_key = a.voter_key) AS votes
       FROM challenge_voter_allowances a WHERE a.challenge_id = $1 ORDER BY a.voter_key`,
    [challengeId],
  );
}

export async function voteRows(
  db: DataSource,
  ideaId: string,
): Promise<{ user_id: string | null; voter_key: string; invalidated_at: Date | null }[]> {
  return db.query(`SELECT user_id, voter_key, invalidated_at FROM idea_votes WHERE idea_id = $1 ORDER BY created_at`, [
    ideaId,
  ]);
}
