import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Nomination } from '@commend/nominations';
import { OutcomesRecord } from './outcomes-record.entity';

export const OUTCOME_KINDS = ['winner', 'runner_up', 'highly_commended'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** A proposed (then approved) award for one nomination, with its citation for the announcement. */
@Entity({ name: 'outcomes' })
@Index('UQ_outcomes_nomination', ['nominationId'], { unique: true })
@Index('IDX_outcomes_category', ['categoryId'])
export class Outcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => OutcomesRecord, (m) => m.outcomes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  record?: Relation<OutcomesRecord>;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: Relation<Nomination>;

  @Column({ type: 'varchar', length: 20 })
  kind: OutcomeKind;

  /** Written for the announcement. */
  @Column({ type: 'text' })
  citation: string;

  /** The panel's reasons, for the outcomes record. */
  @Column({ type: 'text' })
  rationale: string;

  /** The chair's casting decision where the category's tie-break rule needed one. */
  @Column({ name: 'tie_break_reason', type: 'text', nullable: true })
  tieBreakReason: string | null;
}
