import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IdeaStatus, ModerationStatus } from '@challenge/contract';

/** An idea entered in a challenge; `search` is a generated tsvector column, never written. */
@Entity({ name: 'ideas' })
export class IdeaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  challengeId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: IdeaStatus;

  @Column({ type: 'text', default: 'approved' })
  moderationStatus!: ModerationStatus;

  @Column({ type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ type: 'text', nullable: true })
  entrantCategory!: string | null;

  @Column({ type: 'text', nullable: true })
  locationLabel!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'integer', nullable: true })
  rulesVersion!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  rulesAcknowledgedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  voteCount!: number;

  @Column({ type: 'integer', default: 0 })
  commentCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An accepted co-author: may edit the idea, not withdraw it or invite others. */
@Entity({ name: 'idea_coauthors' })
export class IdeaCoauthorEntity {
  @PrimaryColumn({ type: 'uuid' })
  ideaId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}

/** An emailed invitation to join an idea's team; only the token's hash is stored. */
@Entity({ name: 'idea_invitations' })
export class IdeaInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ideaId!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'uuid' })
  invitedBy!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A file attached to an idea; the bytes live in FileStorage under `storageKey`. Soft-deleted. */
@Entity({ name: 'idea_attachments' })
export class IdeaAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ideaId!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

export const IDEA_ENTITIES = [IdeaEntity, IdeaCoauthorEntity, IdeaInvitationEntity, IdeaAttachmentEntity];
