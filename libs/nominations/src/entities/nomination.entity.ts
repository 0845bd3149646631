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
import { Category, Programme } from '@commend/programmes';
import type { PrivacyFinding } from '../privacy/privacy-finding';
import { Evidence } from './evidence.entity';
import { NominationStatement } from './nomination-statement.entity';

export const NOMINATION_STATUSES = ['draft', 'submitted', 'eligible', 'ineligible', 'withdrawn'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const PUBLICITY_CONSENT = ['not_asked', 'given', 'refused'] as const;
export type PublicityConsent = (typeof PUBLICITY_CONSENT)[number];
/** Who recorded the consent decision: the nominator at nomination, an admin, or the nominee by their link. */
export const CONSENT_SOURCES = ['nominator', 'admin', 'nominee'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export interface TeamMember {
  name: string;
  email?: string;
  jobTitle?: string;
}

@Entity({ name: 'nominations' })
@Index('UQ_nominations_reference', ['programmeId', 'reference'], { unique: true })
@Index('IDX_nominations_category_status', ['categoryId', 'status'])
@Index('IDX_nominations_nominator', ['nominatorId'])
export class Nomination {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<Category>;

  /** Human reference, unique in the programme, e.g. SWW27-0042. */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'nominator_id', type: 'uuid' })
  nominatorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominator_id' })
  nominator?: Relation<User>;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: NominationStatus;

  /** The person nominated, or the team's name. */
  @Column({ name: 'nominee_name', type: 'varchar', length: 200, nullable: true })
  nomineeName: string | null;

  @Column({ name: 'nominee_email', type: 'varchar', length: 320, nullable: true })
  nomineeEmail: string | null;

  @Column({ name: 'nominee_job_title', type: 'varchar', length: 200, nullable: true })
  nomineeJobTitle: string | null;

  /** The nominee's team or service. */
  @Column({ name: 'nominee_team', type: 'varchar', length: 200, nullable: true })
  nomineeTeam: string | null;

  @Column({ name: 'team_members', type: 'jsonb', default: () => "'[]'" })
  teamMembers: TeamMember[];

  /** How the nominator knows the nominee (e.g. "line manager"). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  relationship: string | null;

  @Column({ name: 'publicity_consent', type: 'varchar', length: 20, default: 'not_asked' })
  publicityConsent: PublicityConsent;

  @Column({ name: 'consent_source', type: 'varchar', length: 20, nullable: true })
  consentSource: ConsentSource | null;

  /** Who asked the nominee, as the admin recorded it (e.g. "Priya Shah, awards team"). */
  @Column({ name: 'consent_asked_by', type: 'varchar', length: 200, nullable: true })
  consentAskedBy: string | null;

  @Column({ name: 'consent_asked_at', type: 'timestamptz', nullable: true })
  consentAskedAt: Date | null;

  @Column({ name: 'consent_recorded_at', type: 'timestamptz', nullable: true })
  consentRecordedAt: Date | null;

  /** The admin who recorded it; null when the nominee gave it by their link. */
  @Column({ name: 'consent_recorded_by', type: 'uuid', nullable: true })
  consentRecordedBy: string | null;

  @Column({ name: 'privacy_findings', type: 'jsonb', default: () => "'[]'" })
  privacyFindings: PrivacyFinding[];

  @Column({ name: 'privacy_checked_at', type: 'timestamptz', nullable: true })
  privacyCheckedAt: Date | null;

  /** The nominator read the findings and submitted anyway. */
  @Column({ name: 'privacy_findings_confirmed', type: 'boolean', default: false })
  privacyFindingsConfirmed: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'screening_reason', type: 'text', nullable: true })
  screeningReason: string | null;

  @Column({ name: 'screened_at', type: 'timestamptz', nullable: true })
  screenedAt: Date | null;

  @Column({ name: 'screened_by', type: 'uuid', nullable: true })
  screenedBy: string | null;

  @OneToMany(() => NominationStatement, (s) => s.nomination)
  statements?: NominationStatement[];

  @OneToMany(() => Evidence, (e) => e.nomination)
  evidence?: Evidence[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
