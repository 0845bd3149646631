import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Criterion } from '@commend/programmes';
import { Scorecard } from './scorecard.entity';

/** A judge's mark for one criterion, 0 to the criterion's scale; null while the draft leaves it open. */
@Entity({ name: 'scores' })
@Check('CHK_scores_non_negative', '"score" IS NULL OR "score" >= 0')
export class Score {
  @PrimaryColumn({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => Scorecard, (s) => s.scores, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: Relation<Scorecard>;

  @ManyToOne(() => Criterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: Relation<Criterion>;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'text', default: '' })
  comment: string;
}
