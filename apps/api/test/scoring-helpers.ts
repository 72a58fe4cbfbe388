import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import type { ScoreInput } from '@challenge/contract';
import { bearer } from './factories';
import { insertAssignment, JudgingChallenge } from './judging-helpers';

type Caller = { token: string };

export const queue = (http: () => TestAgent, judge: Caller) =>
  http()
    .get('/api/v1/judging/assignments')
    .set(...bearer(judge));

export const assignment = (http: () => TestAgent, judge: Caller, id: string) =>
  http()
    .get(`/api/v1/judging/assignments/${id}`)
    .set(...bearer(judge));

export const saveScores = (http: () => TestAgent, judge: Caller, id: string, scores: unknown) =>
  http()
    .put(`/api/v1/judging/assignments/${id}`)
    .set(...bearer(judge))
    .send({ scores });

export const submitScores = (http: () => TestAgent, judge: Caller, id: string) =>
  http()
    .post(`/api/v1/judging/assignments/${id}/submit`)
    .set(...bearer(judge));

export const reopenAssignment = (
  http: () => TestAgent,
  admin: Caller,
  challengeId: string,
  id: string,
  reason: unknown,
) =>
  http()
    .post(`/api/v1/challenges/${challengeId}/assignments/${id}/reopen`)
    .set(...bearer(admin))
    .send({ reason });

export const judgingProgress = (http: () => TestAgent, admin: Caller, challengeId: string) =>
  http()
    .get(`/api/v1/challenges/${challengeId}/judging-progress`)
    .set(...bearer(admin));

export const generateAssignments = (http: () => TestAgent, admin: Caller, challengeId: string, body: unknown) =>
  http()
    .post(`/api/v1/challenges/${challengeId}/assignments`)
    .set(...bearer(admin))
    .send(body as object);

/** A valid score for every criterion of the challenge (each criterion's minimum plus `plus`, capped at its maximum). */
export const fullScores = (c: JudgingChallenge, plus = 1): ScoreInput[] =>
  c.criteria.map((k) => ({
    criterionId: k.id,
    score: Math.min(k.maxScore, k.minScore + plus),
    comment: `On ${k.name}`,
  }));

/** Assigns each of `judges` (indexes into c.judges) the idea straight in the database; returns the assignment ids. */
export async function assignDirectly(
  db: DataSource,
  c: JudgingChallenge,
  ideaId: string,
  judges: number[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const j of judges) ids.push(await insertAssignment(db, c.challengeId, c.judges[j]?.id ?? '', ideaId));
  return ids;
}

/** Every string anywhere in a JSON value (keys and values), to look for leaks. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      allStrings(v, out);
    }
  }
  return out;
}

/** The secrets among `secrets` that occur in any string of the body (case-insensitive). */
export const leaked = (body: unknown, secrets: string[]): string[] => {
  const strings = allStrings(body).map((s) => s.toLowerCase());
  return secrets.filter((secret) => strings.some((s) => s.includes(secret.toLowerCase())));
};

export async function auditEntries(
  db: DataSource,
  action: string,
  targetId: string,
): Promise<{ actor_user_id: string; organisation_id: string | null; details: Record<string, unknown> }[]> {
  return db.query(
    `SELECT actor_user_id, organisation_id, details FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY occurred_at`,
    [action, targetId],
  );
}

export async function scoreRows(
  db: DataSource,
  assignmentId: string,
): Promise<{ criterion_id: string; score: number; comment: string }[]> {
  return db.query(
    `SELECT criterion_id, score, comment FROM judge_scores WHERE assignment_id = $1 ORDER BY criterion_id`,
    [assignmentId],
  );
}
