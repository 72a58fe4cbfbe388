import { Injectable } from '@nestjs/common';
import type { IdeaStatus, ModerationStatus, OrganisationRole } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';

/** What the access rules need to know about a challenge and one caller. */
export type ChallengeAccessRow = {
  id: string;
  published_at: Date | null;
  is_admin: boolean;
  is_judge: boolean;
  results_published: boolean;
};

/** What canViewIdea and the team rules need to know about an idea and one caller. */
export type IdeaAccessRow = {
  id: string;
  challenge_id: string;
  status: IdeaStatus;
  moderation_status: ModerationStatus;
  author_id: string;
  is_coauthor: boolean;
  can_moderate: boolean;
  challenge_published_at: Date | null;
};

export type CommentAccessRow = {
  id: string;
  idea_id: string;
  author_id: string;
  moderation_status: ModerationStatus;
};

export type OrganisationAccessRow = { id: string; is_admin: boolean; is_moderator: boolean };

/** The caller's host role, if any, in a council hosting the challenge. */
const HOSTED_BY = (challengeColumn: string, role?: OrganisationRole): string =>
  `EXISTS (SELECT 1 FROM challenge_hosts h
             JOIN organisation_members om ON om.organisation_id = h.organisation_id${role ? ` AND om.role = '${role}'` : ''}
            WHERE h.challenge_id = ${challengeColumn} AND om.user_id = $2::uuid)`;

/**
 * The access layer's queries (immich's AccessRepository): each takes a set of ids and the caller
 * (null for anonymous) and answers in one round trip, so checking many ids costs one query.
 */
@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  challenges(ids: readonly string[], userId: string | null, manager?: EntityManager): Promise<ChallengeAccessRow[]> {
    return this.m(manager).query(
      `SELECT c.id, c.published_at,
              ${HOSTED_BY('c.id', 'admin')} AS is_admin,
              EXISTS (SELECT 1 FROM challenge_judges j WHERE j.challenge_id = c.id AND j.user_id = $2::uuid) AS is_judge,
              EXISTS (SELECT 1 FROM challenge_results r WHERE r.challenge_id = c.id AND r.published_at IS NOT NULL)
                AS results_published
         FROM challenges c WHERE c.id = ANY($1::uuid[])`,
      [ids, userId],
    );
  }

  ideas(ids: readonly string[], userId: string | null, manager?: EntityManager): Promise<IdeaAccessRow[]> {
    return this.m(manager).query(
      `SELECT i.id, i.challenge_id, i.status, i.moderation_status, i.author_id,
              EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = i.id AND ca.user_id = $2::uuid) AS is_coauthor,
              ${HOSTED_BY('i.challenge_id')} AS can_moderate, c.published_at AS challenge_published_at
         FROM ideas i JOIN challenges c ON c.id = i.challenge_id WHERE i.id = ANY($1::uuid[])`,
      [ids, userId],
    );
  }

  /** Attachment id → its idea id, for attachments not deleted. */
  async attachmentIdeas(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; idea_id: string }[] = await this.m(manager).query(
      `SELECT id, idea_id FROM idea_attachments WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.idea_id]));
  }

  comments(ids: readonly string[], manager?: EntityManager): Promise<CommentAccessRow[]> {
    return this.m(manager).query(
      `SELECT id, idea_id, author_id, moderation_status FROM idea_comments WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The judge's own assignments among `ids`: on the panel, not conflicted, not their team's idea. */
  async ownAssignments(ids: readonly string[], userId: string, manager?: EntityManager): Promise<Set<string>> {
    const rows: { id: string }[] = await this.m(manager).query(
      `SELECT a.id FROM judge_assignments a
         JOIN challenge_judges j ON j.challenge_id = a.challenge_id AND j.user_id = a.judge_id
         JOIN ideas i ON i.id = a.idea_id AND i.challenge_id = a.challenge_id
        WHERE a.id = ANY($1::uuid[]) AND a.judge_id = $2::uuid
          AND NOT EXISTS (SELECT 1 FROM judge_conflicts jc WHERE jc.judge_id = a.judge_id AND jc.idea_id = a.idea_id)
          AND i.author_id <> a.judge_id
          AND NOT EXISTS (SELECT 1 FROM idea_coauthors ca WHERE ca.idea_id = a.idea_id AND ca.user_id = a.judge_id)`,
      [ids, userId],
    );
    return new Set(rows.map((r) => r.id));
  }

  organisations(
    ids: readonly string[],
    userId: string | null,
    manager?: EntityManager,
  ): Promise<OrganisationAccessRow[]> {
    return this.m(manager).query(
      `SELECT o.id, EXISTS (SELECT 1 FROM organisation_members om
                             WHERE om.organisation_id = o.id AND om.user_id = $2::uuid AND om.role = 'admin') AS is_admin,
              EXISTS (SELECT 1 FROM organisation_members om
                       WHERE om.organisation_id = o.id AND om.user_id = $2::uuid AND om.role = 'moderator') AS is_moderator
         FROM organisations o WHERE o.id = ANY($1::uuid[])`,
      [ids, userId],
    );
  }

  /** Whether the user moderates (as moderator or admin) any council. */
  async moderatesAny(userId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `SELECT 1 FROM organisation_members WHERE user_id = $1 AND role IN ('moderator', 'admin') LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }

  async hostRoles(userId: string, challengeId: string, manager?: EntityManager): Promise<OrganisationRole[]> {
    const rows: { role: OrganisationRole }[] = await this.m(manager).query(
      `SELECT DISTINCT om.role FROM challenge_hosts ch
         JOIN organisation_members om ON om.organisation_id = ch.organisation_id
        WHERE ch.challenge_id = $1 AND om.user_id = $2`,
      [challengeId, userId],
    );
    return rows.map((r) => r.role);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }
}
