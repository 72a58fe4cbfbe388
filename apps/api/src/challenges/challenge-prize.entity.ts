import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from './challenge.entity';

@Entity({ name: 'challenge_prizes' })
export class ChallengePrizeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  challengeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  nameCy!: string | null;

  @Column({ type: 'bigint', transformer: numeric })
  amountPence!: number;

  @Column({ type: 'integer', default: 1 })
  count!: number;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  /** A People's Choice prize goes by the public vote alone. */
  @Column({ type: 'boolean', default: false })
  peoplesChoice!: boolean;
}
