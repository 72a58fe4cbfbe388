import type { PublicVoteMeasure } from '@challenge/contract';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type CoverContentType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

/** bigint and numeric columns come back from pg as strings; amounts here stay within Number.MAX_SAFE_INTEGER. */
export const numeric = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

@Entity({ name: 'challenges' })
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The lead council; it is also listed in challenge_hosts. */
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  titleCy!: string | null;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  summaryCy!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  descriptionCy!: string | null;

  @Column({ type: 'text', default: '' })
  problemStatement!: string;

  @Column({ type: 'text', nullable: true })
  problemStatementCy!: string | null;

  @Column({ type: 'text', default: '' })
  eligibility!: string;

  @Column({ type: 'text', nullable: true })
  eligibilityCy!: string | null;

  @Column({ type: 'text', default: '' })
  howToEnter!: string;

  @Column({ type: 'text', nullable: true })
  howToEnterCy!: string | null;

  @Column({ type: 'text', default: '' })
  judgingSummary!: string;

  @Column({ type: 'text', nullable: true })
  judgingSummaryCy!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  entrantCategories!: string[];

  @Column({ type: 'bigint', nullable: true, transformer: numeric })
  prizePotPence!: number | null;

  @Column({ type: 'numeric', precision: 4, scale: 3, nullable: true, transformer: numeric })
  publicVoteWeight!: number | null;

  @Column({ type: 'boolean', default: true })
  requiresVerifiedEmail!: boolean;

  @Column({ type: 'boolean', default: false })
  preModeration!: boolean;

  @Column({ type: 'integer', default: 5 })
  voteAllowance!: number;

  @Column({ type: 'boolean', default: false })
  allowSelfVotes!: boolean;

  @Column({ type: 'boolean', default: true })
  supportVoting!: boolean;

  @Column({ type: 'boolean', default: false })
  pairwiseVoting!: boolean;

  @Column({ type: 'text', default: 'supports' })
  publicVoteMeasure!: PublicVoteMeasure;

  /** Judges see no author or team details (on by default). */
  @Column({ type: 'boolean', default: true })
  blindReview!: boolean;

  @Column({ type: 'integer', nullable: true })
  judgesPerIdea!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submissionsOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submissionsClosesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  votingOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  votingClosesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  shortlistingOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  shortlistingClosesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  judgingOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  judgingClosesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultsOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultsClosesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  shortlistConfirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultsPublishedAt!: Date | null;

  /** The cover image's key in FILE_STORAGE, or null when the challenge has no cover. */
  @Column({ type: 'text', nullable: true })
  coverStorageKey!: string | null;

  @Column({ type: 'text', nullable: true })
  coverContentType!: CoverContentType | null;

  @Column({ type: 'text', nullable: true })
  coverAlt!: string | null;

  @Column({ type: 'text', nullable: true })
  coverAltCy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
