import { randomUUID } from 'node:crypto';
import type { IdeaStatus, ModerationStatus } from '@challenge/contract';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;

/**
 * A published challenge, open for submissions, inserted straight into the database (for tests of
 * other features): hosted by `organisationId`, co-hosted by `coHostIds`.
 */
export async function insertChallenge(
  db: DataSource,
  options: { organisationId: string; coHostIds?: string[]; preModeration?: boolean; title?: string },
): Promise<{ id: string; title: string }> {
  const title = options.title ?? `Challenge ${randomUUID().slice(0, 8)}`;
  const now = Date.now();
  const rows: { id: string }[] = await db.query(
    `INSERT INTO challenges (organisation_id, slug, title, pre_moderation, published_at,
                             submissions_opens_at, submissions_closes_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      options.organisationId,
      `test-${randomUUID()}`,
      title,
      options.preModeration ?? false,
      new Date(now - 2 * DAY),
      new Date(now - DAY),
      new Date(now + 30 * DAY),
    ],
  );
  const id = rows[0]?.id ?? '';
  for (const organisationId of [options.organisationId, ...(options.coHostIds ?? [])]) {
    await db.query(`INSERT INTO challenge_hosts (challenge_id, organisation_id) VALUES ($1, $2)`, [id, organisationId]);
  }
  return { id, title };
}

/** An idea inserted straight into the database: submitted and approved unless told otherwise. */
export async function insertIdea(
  db: DataSource,
  options: {
    challengeId: string;
    authorId: string;
    status?: IdeaStatus;
    moderationStatus?: ModerationStatus;
    hiddenReason?: string;
    title?: string;
  },
): Promise<{ id: string; title: string }> {
  const status = options.status ?? 'submitted';
  const moderationStatus = options.moderationStatus ?? 'approved';
  const title = options.title ?? `Idea ${randomUUID().slice(0, 8)}`;
  const entered = status === 'draft' ? null : new Date();
  const rows: { id: string }[] = await db.query(
    `INSERT INTO ideas (challenge_id, author_id, status, moderation_status, hidden_reason, title,
                        submitted_at, rules_acknowledged_at, withdrawn_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id`,
    [
      options.challengeId,
      options.authorId,
      status,
      moderationStatus,
      moderationStatus === 'hidden' ? (options.hiddenReason ?? 'Hidden in a test') : null,
      title,
      entered,
      status === 'withdrawn' ? new Date() : null,
    ],
  );
  return { id: rows[0]?.id ?? '', title };
}

/** The stored moderation columns and counter of an idea. */
export async function ideaRow(
  db: DataSource,
  id: string,
): Promise<{ moderation_status: ModerationStatus; hidden_reason: string | null; comment_count: number }> {
  const rows: { moderation_status: ModerationStatus; hidden_reason: string | null; comment_count: number }[] =
    await db.query(`SELECT moderation_status, hidden_reason, comment_count FROM ideas WHERE id = $1`, [id]);
  const row = rows[0];
  if (!row) throw new Error(`No idea ${id}`);
  return row;
}

export async function commentRow(
  db: DataSource,
  id: string,
): Promise<{ moderation_status: ModerationStatus; hidden_reason: string | null; body: string } | undefined> {
  const rows: { moderation_status: ModerationStatus; hidden_reason: string | null; body: string }[] = await db.query(
    `SELECT moderation_status, hidden_reason, body FROM idea_comments WHERE id = $1`,
    [id],
  );
  return rows[0];
}

export async function reportRows(
  db: DataSource,
  where: { ideaId: string; commentId?: string | null },
): Promise<{ id: string; status: string; resolved_by: string | null }[]> {
  return db.query(
    `SELECT id, status, resolved_by FROM content_reports
      WHERE idea_id = $1 AND comment_id IS NOT DISTINCT FROM $2::uuid ORDER BY created_at, id`,
    [where.ideaId, where.commentId ?? null],
  );
}

export async function auditRows(
  db: DataSource,
  targetId: string,
): Promise<{ action: string; organisation_id: string; actor_user_id: string; details: Record<string, unknown> }[]> {
  return db.query(
    `SELECT action, organisation_id, actor_user_id, details FROM audit_log WHERE target_id = $1 ORDER BY id`,
    [targetId],
  );
}
