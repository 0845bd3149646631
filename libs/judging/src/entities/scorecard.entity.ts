import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { User } from '@commend/auth';
import { Nomination } from '@commend/nominations';
import { Score } from './score.entity';

export const SCORECARD_STATUSES = ['draft', 'submitted'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** One judge's scores for one nomination. */
@Entity({ name: 'scorecards' })
@Index('UQ_scorecards_nomination_judge', ['nominationId', 'judgeId'], { unique: true })
@Index('IDX_scorecards_category_status', ['categoryId', 'status'])
export class Scorecard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: Relation<Nomination>;

  /** The nomination's category, kept here so results read one category's scorecards by index. */
  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ name: 'judge_id', type: 'uuid' })
  judgeId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'judge_id' })
  judge?: Relation<User>;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: ScorecardStatus;

  @Column({ name: 'overall_comment', type: 'text', default: '' })
  overallComment: string;

  /** 100 · Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ, set in SQL on submission; null while a draft. */
  @Column({ type: 'double precision', nullable: true })
  percent: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason: string | null;

  @OneToMany(() => Score, (s) => s.scorecard)
  scores?: Score[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
