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
  VirtualColumn,
  type Relation,
} from 'typeorm';
import { categorySettingSql } from '../category-settings';
import { Criterion } from './criterion.entity';
import { Programme } from './programme.entity';

export const NOMINEE_TYPES = ['individual', 'team'] as const;
export type NomineeType = (typeof NOMINEE_TYPES)[number];
export const EVIDENCE_TYPES = ['pdf', 'docx', 'png', 'jpeg', 'text'] as const;
export type AllowedEvidenceType = (typeof EVIDENCE_TYPES)[number];
export const TIE_BREAK_RULES = ['normalised_then_chair', 'chair'] as const;
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];

/** An award within a programme, e.g. "Safeguarding Award". */
@Entity({ name: 'categories' })
@Index('IDX_categories_programme', ['programmeId'])
export class Category {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  eligibility: string;

  @Column({ name: 'nominee_type', type: 'varchar', length: 20, default: 'individual' })
  nomineeType: NomineeType;

  @Column({ name: 'number_of_winners', type: 'int', default: 1 })
  numberOfWinners: number;

  @Column({ name: 'evidence_max_files', type: 'int', default: 5 })
  evidenceMaxFiles: number;

  @Column({ name: 'evidence_max_bytes', type: 'int', default: 10 * 1024 * 1024 })
  evidenceMaxBytes: number;

  @Column({ name: 'evidence_types', type: 'varchar', array: true, default: () => `'{pdf,docx,png,jpeg,text}'` })
  evidenceTypes: AllowedEvidenceType[];

  @Column({ name: 'tie_break_rule', type: 'varchar', length: 30, default: 'normalised_then_chair' })
  tieBreakRule: TieBreakRule;

  /** Judges see no identity of nominee or nominator. Null: the programme's value. */
  @Column({ name: 'blind_judging', type: 'boolean', nullable: true })
  blindJudging: boolean | null;

  /** The nominee is told when nominated. Null: the programme's value. */
  @Column({ name: 'notify_nominee', type: 'boolean', nullable: true })
  notifyNominee: boolean | null;

  /** What applies: the category's own value, or its programme's. */
  @VirtualColumn({ type: 'boolean', query: (alias) => categorySettingSql('blindJudging', alias) })
  effectiveBlindJudging: boolean;

  @VirtualColumn({ type: 'boolean', query: (alias) => categorySettingSql('notifyNominee', alias) })
  effectiveNotifyNominee: boolean;

  @OneToMany(() => Criterion, (criterion) => criterion.category, { cascade: ['insert'] })
  criteria?: Criterion[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
