import {
  Column,
  Entity,
  JoinColumn,
  OneToMany,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Category } from '@commend/programmes';
import { Outcome } from './outcome.entity';

export const OUTCOMES_STATUSES = ['open', 'proposed', 'returned', 'approved'] as const;
export type OutcomesStatus = (typeof OUTCOMES_STATUSES)[number];

/**
 * A category's outcomes record: the chair's minutes, the outcomes proposed with their
 * rationale, and the director's decision. Approved is final.
 */
// The table keeps its first name: renaming it is a migration no reader would notice.
@Entity({ name: 'moderations' })
export class OutcomesRecord {
  @PrimaryColumn({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @OneToOne(() => Category, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<Category>;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: OutcomesStatus;

  @Column({ type: 'text', default: '' })
  minutes: string;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The director's comment when returning the proposal. */
  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment: string | null;

  @OneToMany(() => Outcome, (o) => o.record)
  outcomes?: Outcome[];

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
