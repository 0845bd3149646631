import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Criterion } from '@commend/programmes';
import { Nomination } from './nomination.entity';

/** The nominator's answer to one criterion. */
@Entity({ name: 'nomination_statements' })
export class NominationStatement {
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => Nomination, (n) => n.statements, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: Relation<Nomination>;

  /** Restrict: a criterion answered by a statement cannot be deleted. */
  @ManyToOne(() => Criterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: Relation<Criterion>;

  @Column({ type: 'text' })
  text: string;

  /** An admin's copy with identifying details removed: judges of a blind programme read this instead. */
  @Column({ name: 'redacted_text', type: 'text', nullable: true })
  redactedText: string | null;
}
