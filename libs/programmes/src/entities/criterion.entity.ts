import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Category } from './category.entity';

/** What judges score and nominators write a statement against. */
@Entity({ name: 'criteria' })
@Index('UQ_criteria_position', ['categoryId', 'position'], { unique: true })
export class Criterion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => Category, (category) => category.criteria, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<Category>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  guidance: string;

  @Column({ type: 'int' })
  weight: number;

  @Column({ name: 'scale_max', type: 'int' })
  scaleMax: number;

  @Column({ name: 'word_limit', type: 'int' })
  wordLimit: number;
}
