import type { Attachment, IdeaDetail, IdeaInvitation, IdeaSummary, PersonRef, SimilarIdea } from '@challenge/contract';
import { iso } from '../challenges/challenge-timeline';
import type { IdeaAttachmentEntity, IdeaEntity, IdeaInvitationEntity } from './idea.entity';
import type { IdeaListRow, SimilarRow } from './ideas.repository';
import { renderMarkdown } from '../common/markdown';

export const attachmentUrl = (id: string): string => `/api/v1/attachments/${id}`;

export function toIdeaSummaryFromRow(r: IdeaListRow): IdeaSummary {
  return {
    id: r.id,
    challengeId: r.challenge_id,
    title: r.title,
    summary: r.summary,
    category: r.category,
    entrantCategory: r.entrant_category,
    status: r.status,
    moderationStatus: r.moderation_status,
    author: { id: r.author_id, displayName: r.author_name },
    voteCount: r.vote_count,
    commentCount: r.comment_count,
    submittedAt: iso(r.submitted_at),
    createdAt: r.created_at.toISOString(),
  };
}

export function toAttachment(a: IdeaAttachmentEntity): Attachment {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    url: attachmentUrl(a.id),
    createdAt: a.createdAt.toISOString(),
  };
}

export function toIdeaInvitation(v: IdeaInvitationEntity): IdeaInvitation {
  return { id: v.id, email: v.email, createdAt: v.createdAt.toISOString(), expiresAt: v.expiresAt.toISOString() };
}

export const toSimilarIdea = (r: SimilarRow): SimilarIdea => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  similarity: r.similarity,
  voteCount: r.vote_count,
});

export type IdeaDetailParts = {
  author: PersonRef;
  team: PersonRef[];
  attachments: IdeaAttachmentEntity[];
  /** Only passed for the team; everyone else gets []. */
  invitations: IdeaInvitationEntity[];
  viewer: IdeaDetail['viewer'];
};

export function toIdeaDetail(i: IdeaEntity, p: IdeaDetailParts): IdeaDetail {
  const isTeam = p.viewer.isTeamMember;
  return {
    id: i.id,
    challengeId: i.challengeId,
    title: i.title,
    summary: i.summary,
    category: i.category,
    entrantCategory: i.entrantCategory,
    status: i.status,
    moderationStatus: i.moderationStatus,
    author: p.author,
    voteCount: i.voteCount,
    commentCount: i.commentCount,
    submittedAt: iso(i.submittedAt),
    createdAt: i.createdAt.toISOString(),
    description: i.description,
    descriptionHtml: renderMarkdown(i.description),
    location:
      i.latitude !== null && i.longitude !== null
        ? { label: i.locationLabel, latitude: i.latitude, longitude: i.longitude }
        : null,
    team: p.team,
    attachments: p.attachments.map(toAttachment),
    rulesVersion: i.rulesVersion,
    withdrawnAt: iso(i.withdrawnAt),
    hiddenReason: isTeam || p.viewer.canModerate ? i.hiddenReason : null,
    viewer: p.viewer,
    invitations: isTeam ? p.invitations.map(toIdeaInvitation) : [],
  };
}
