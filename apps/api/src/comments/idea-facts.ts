import type { IdeaStatus, Locale, ModerationStatus } from '@challenge/contract';
import { EntityManager } from 'typeorm';
import type { IdeaVisibilityFacts } from '../ideas/idea-visibility';

/** What comments and moderation need to know about an idea: visibility facts, its challenge and its author. */
export type IdeaFacts = IdeaVisibilityFacts & {
  id: string;
  challengeId: string;
  /** The lead council: audit entries are recorded against it. */
  leadOrganisationId: string;
  preModeration: boolean;
  title: string;
  /** Null once the author's account is erased. */
  authorEmail: string | null;
  authorName: string;
  authorLocale: Locale;
};

type IdeaFactsRow = {
  id: string;
  challenge_id: string;
  status: IdeaStatus;
  moderation_status: ModerationStatus;
  author_id: string;
  title: string;
  lead_organisation_id: string;
  pre_moderation: boolean;
  author_email: string | null;
  author_name: string;
  author_locale: Locale;
  team_user_ids: string[];
};

/** Loads one idea's facts (read-only; the ideas feature owns the table). */
export async function findIdeaFacts(manager: EntityManager, ideaId: string): Promise<IdeaFacts | null> {
  const rows: IdeaFactsRow[] = await manager.query(
    `SELECT i.id, i.challenge_id, i.status, i.moderation_status, i.author_id, i.title,
            c.organisation_id AS lead_organisation_id, c.pre_moderation,
            CASE WHEN u.erased_at IS NULL THEN u.email END AS author_email, u.display_name AS author_name, u.locale AS author_locale,
            COALESCE((SELECT array_agg(ca.user_id::text) FROM idea_coauthors ca WHERE ca.idea_id = i.id), '{}'::text[])
              AS team_user_ids
       FROM ideas i
       JOIN challenges c ON c.id = i.challenge_id
       JOIN users u ON u.id = i.author_id
      WHERE i.id = $1`,
    [ideaId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    challengeId: row.challenge_id,
    status: row.status,
    moderationStatus: row.moderation_status,
    authorId: row.author_id,
    teamUserIds: row.team_user_ids,
    title: row.title,
    leadOrganisationId: row.lead_organisation_id,
    preModeration: row.pre_moderation,
    authorEmail: row.author_email,
    authorName: row.author_name,
    authorLocale: row.author_locale,
  };
}
