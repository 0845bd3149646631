import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '@commend/auth';
import { Nomination } from '@commend/nominations';

export const CONFLICT_SOURCES = ['declared', 'admin', 'system'] as const;
export type ConflictSource = (typeof CONFLICT_SOURCES)[number];

/**
 * A judge recused from a nomination, and why. Cleared by an admin rather than deleted, so the
 * record of the judging process keeps it; a cleared system conflict is not raised again.
 */
@Entity({ name: 'conflicts' })
@Index('UQ_conflicts_nomination_judge', ['nominationId', 'judgeId'], { unique: true })
@Index('IDX_conflicts_judge', ['judgeId'])
export class Conflict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ManyToOne(() => Nomination, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: Relation<Nomination>;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ name: 'judge_id', type: 'uuid' })
  judgeId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'judge_id' })
  judge?: Relation<User>;

  @Column({ type: 'varchar', length: 10 })
  source: ConflictSource;

  @Column({ type: 'text' })
  reason: string;

  /** Who declared it; null when the system raised it. */
  @Column({ name: 'declared_by', type: 'uuid', nullable: true })
  declaredBy: string | null;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ name: 'cleared_by', type: 'uuid', nullable: true })
  clearedBy: string | null;

  @Column({ name: 'cleared_reason', type: 'text', nullable: true })
  clearedReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
