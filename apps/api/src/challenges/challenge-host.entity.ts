import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A council hosting a challenge; its admins manage it. */
@Entity({ name: 'challenge_hosts' })
export class ChallengeHostEntity {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
