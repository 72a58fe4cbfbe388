import { Injectable } from '@nestjs/common';
import type { JudgeInvitation, Locale, PanelJudge } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { oneOf, queryRows, RowOf } from '../common/sql/typed-query';

const INVITATION = {
  id: 'uuid',
  challenge_id: 'uuid',
  email: 'text',
  invited_by: 'uuid | null',
  created_at: 'timestamptz',
  expires_at: 'timestamptz',
  accepted_at: 'timestamptz | null',
  revoked_at: 'timestamptz | null',
} as const;
export type InvitationRow = RowOf<typeof INVITATION>;

const COLUMNS = `id, challenge_id, email, invited_by, created_at, expires_at, accepted_at, revoked_at`;

export const toJudgeInvitation = (r: InvitationRow): JudgeInvitation => ({
  id: r.id,
  email: r.email,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
  acceptedAt: r.accepted_at?.toISOString() ?? null,
  revokedAt: r.revoked_at?.toISOString() ?? null,
});

/** challenge_judges and judge_invitations. */
@Injectable()
export class JudgesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async judges(challengeId: string): Promise<PanelJudge[]> {
    const rows = await queryRows(
      this.dataSource,
      `SELECT j.user_id, u.display_name, u.email, j.created_at
         FROM challenge_judges j JOIN users u ON u.id = j.user_id
        WHERE j.challenge_id = $1 ORDER BY j.created_at, u.display_name`,
      [challengeId],
      { user_id: 'uuid', display_name: 'text', email: 'text | null', created_at: 'timestamptz' },
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email ?? '',
      addedAt: r.created_at.toISOString(),
    }));
  }

  invitations(challengeId: string): Promise<InvitationRow[]> {
    return queryRows(
      this.dataSource,
      `SELECT ${COLUMNS} FROM judge_invitations WHERE challenge_id = $1 ORDER BY created_at DESC, id`,
      [challengeId],
      INVITATION,
    );
  }

  async invitation(id: string, manager?: EntityManager): Promise<InvitationRow | null> {
    const rows = await queryRows(
      this.m(manager),
      `SELECT ${COLUMNS} FROM judge_invitations WHERE id = $1`,
      [id],
      INVITATION,
    );
    return rows[0] ?? null;
  }

  /** Locks the invitation with this token hash for the transaction. */
  async lockByTokenHash(tokenHash: string, m: EntityManager): Promise<InvitationRow | null> {
    const rows = await queryRows(
      m,
      `SELECT ${COLUMNS} FROM judge_invitations WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
      INVITATION,
    );
    return rows[0] ?? null;
  }

  async pendingFor(challengeId: string, email: string, m: EntityManager): Promise<InvitationRow | null> {
    const rows = await queryRows(
      m,
      `SELECT ${COLUMNS} FROM judge_invitations
        WHERE challenge_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL`,
      [challengeId, email],
      INVITATION,
    );
    return rows[0] ?? null;
  }

  async insertInvitation(
    values: { challengeId: string; email: string; tokenHash: string; invitedBy: string; expiresAt: Date },
    m: EntityManager,
  ): Promise<string> {
    const rows = await queryRows(
      m,
      `INSERT INTO judge_invitations (challenge_id, email, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.challengeId, values.email, values.tokenHash, values.invitedBy, values.expiresAt],
      { id: 'uuid' },
    );
    return rows[0]?.id ?? '';
  }

  /** A new token and expiry for a pending invitation: the old link stops working. */
  async renewInvitation(
    id: string,
    values: { tokenHash: string; invitedBy: string; expiresAt: Date },
    m: EntityManager,
  ): Promise<void> {
    await m.query(`UPDATE judge_invitations SET token_hash = $2, invited_by = $3, expires_at = $4 WHERE id = $1`, [
      id,
      values.tokenHash,
      values.invitedBy,
      values.expiresAt,
    ]);
  }

  async revoke(id: string, at: Date, m: EntityManager): Promise<void> {
    await m.query(`UPDATE judge_invitations SET revoked_at = $2 WHERE id = $1`, [id, at]);
  }

  async markAccepted(id: string, userId: string, at: Date, m: EntityManager): Promise<void> {
    await m.query(`UPDATE judge_invitations SET accepted_at = $2, accepted_by = $3 WHERE id = $1`, [id, at, userId]);
  }

  async accountByEmail(email: string): Promise<{ id: string; locale: Locale } | null> {
    const rows = await queryRows(
      this.dataSource,
      `SELECT id, locale FROM users WHERE email = lower($1) AND erased_at IS NULL`,
      [email],
      { id: 'uuid', locale: oneOf<Locale>('en', 'cy') },
    );
    return rows[0] ?? null;
  }

  async addJudge(challengeId: string, userId: string, addedBy: string | null, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO challenge_judges (challenge_id, user_id, added_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [challengeId, userId, addedBy],
    );
  }

  /**
   * Records a conflict on every idea of the challenge the judge wrote or co-wrote (they are always
   * conflicted on those; recording them keeps the database's assignment check in step). How many were new.
   */
  async recordOwnIdeaConflicts(challengeId: string, judgeId: string, m: EntityManager): Promise<number> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO judge_conflicts (challenge_id, judge_id, idea_id, reason)
       SELECT i.challenge_id, $2, i.id, 'Author or co-author of this idea' FROM ideas i
        WHERE i.challenge_id = $1
          AND (i.author_id = $2 OR EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = $2))
       ON CONFLICT (judge_id, idea_id) DO NOTHING RETURNING id`,
      [challengeId, judgeId],
    );
    return rows.length;
  }

  async submittedAssignments(challengeId: string, judgeId: string, m: EntityManager): Promise<number> {
    const rows = await queryRows(
      m,
      `SELECT count(*)::int AS n FROM judge_assignments
        WHERE challenge_id = $1 AND judge_id = $2 AND submitted_at IS NOT NULL`,
      [challengeId, judgeId],
      { n: 'int' },
    );
    return rows[0]?.n ?? 0;
  }

  /** Removes a judge from the panel with their (unsubmitted) assignments and draft scores; how many assignments went. */
  async removeJudge(challengeId: string, judgeId: string, m: EntityManager): Promise<number> {
    const removed: { id: string }[] = await m.query(
      `SELECT id FROM judge_assignments WHERE challenge_id = $1 AND judge_id = $2`,
      [challengeId, judgeId],
    );
    await m.query(`DELETE FROM judge_assignments WHERE challenge_id = $1 AND judge_id = $2`, [challengeId, judgeId]);
    await m.query(`DELETE FROM challenge_judges WHERE challenge_id = $1 AND user_id = $2`, [challengeId, judgeId]);
    return removed.length;
  }
}
