import type { LocalIdentifier } from '../local-identifier';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const PROGRAMME_STATUSES = ['draft', 'open', 'closed', 'decided', 'announced', 'archived'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** What a nominee reads when asked for publicity consent, unless the programme words it otherwise. */
export const DEFAULT_PUBLICITY_CONSENT_WORDING =
  'When the winners are announced they are published on a public page. We put your name on it only if you ' +
  'agree; if you do not, the page names your team or service instead.';

/** The wording a nominee is asked with: the programme's own, or the default when it has none. */
export const publicityConsentWordingOf = (wording: string | null | undefined): string =>
  wording?.trim() || DEFAULT_PUBLICITY_CONSENT_WORDING;

/** An awards programme, e.g. "Social Work Week 2027 Awards". */
@Entity({ name: 'programmes' })
@Index('UQ_programmes_reference_prefix', ['referencePrefix'], { unique: true })
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  theme: string | null;

  /** Starts every nomination reference in this programme, e.g. SWW27 → SWW27-0042. */
  @Column({ name: 'reference_prefix', type: 'varchar', length: 10 })
  referencePrefix: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Europe/London' })
  timeZone: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: ProgrammeStatus;

  @Column({ name: 'nominations_open_at', type: 'timestamptz' })
  nominationsOpenAt: Date;

  @Column({ name: 'nominations_close_at', type: 'timestamptz' })
  nominationsCloseAt: Date;

  @Column({ name: 'judging_close_at', type: 'timestamptz', nullable: true })
  judgingCloseAt: Date | null;

  @Column({ name: 'planned_announcement_at', type: 'timestamptz', nullable: true })
  plannedAnnouncementAt: Date | null;

  @Column({ name: 'blind_judging', type: 'boolean', default: false })
  blindJudging: boolean;

  @Column({ name: 'notify_nominee_on_submission', type: 'boolean', default: false })
  notifyNomineeOnSubmission: boolean;

  @Column({ name: 'privacy_findings_block_submission', type: 'boolean', default: false })
  privacyFindingsBlockSubmission: boolean;

  /** The trust's own case or patient identifiers the privacy check also looks for (see local-identifier.ts). */
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['label', 'pattern'],
      properties: { label: { type: 'string' }, pattern: { type: 'string' } },
    },
  })
  @Column({ name: 'privacy_local_identifiers', type: 'jsonb', default: () => "'[]'" })
  privacyLocalIdentifiers: LocalIdentifier[];

  @Column({ name: 'peer_scores_visible_after_own', type: 'boolean', default: false })
  peerScoresVisibleAfterOwn: boolean;

  /**
   * What the nominee reads when asked for publicity consent (the link's page and e-mail, and the
   * coordinator's consent page). Always filled: left empty, it is the default wording.
   */
  @Column({ name: 'publicity_consent_wording', type: 'text', default: '' })
  publicityConsentWording: string;

  /** Months after the announcement when statements and evidence are deleted. */
  @Column({ name: 'retention_months', type: 'int', default: 24 })
  retentionMonths: number;

  /** When the worker reminded judges with unsubmitted scorecards (once per programme). */
  @Column({ name: 'judging_reminded_at', type: 'timestamptz', nullable: true })
  judgingRemindedAt: Date | null;

  /** When the retention purge removed statements, evidence and privacy findings. */
  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true })
  purgedAt: Date | null;

  /** The next nomination number; taken under the row's lock, so references have no gaps or duplicates. */
  // Internal and never selected; it shows only in the create response, so it is not required.
  @ApiPropertyOptional({ type: 'integer', description: 'Internal: only the create response carries it.' })
  @Column({ name: 'next_reference', type: 'int', default: 1, select: false })
  nextReference: number;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
