import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { OrganisationRole } from '@challenge/contract';

@Entity({ name: 'organisation_members' })
export class OrganisationMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: OrganisationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
