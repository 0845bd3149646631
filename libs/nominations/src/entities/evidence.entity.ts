import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ApiHideProperty } from '@nestjs/swagger';
import type { EvidenceType } from '../evidence/evidence-type';
import type { PrivacyFinding } from '../privacy/privacy-finding';
import { Nomination } from './nomination.entity';

/**
 * Where a file's privacy check is: `checking` until the worker has read it; then `checked` (its
 * findings stored), `no_text` (a PDF or DOCX with no text in it, such as a scan), `not_readable`
 * (an image: not read) or `failed` (it could not be read).
 */
export const EVIDENCE_CHECK_STATUSES = ['checking', 'checked', 'no_text', 'not_readable', 'failed'] as const;
export type EvidenceCheckStatus = (typeof EVIDENCE_CHECK_STATUSES)[number];

/** A file supporting a nomination. The bytes live in the storage driver under `storageKey`. */
@Entity({ name: 'evidence' })
@Index('IDX_evidence_nomination', ['nominationId'])
@Check('CHK_evidence_check_status', `"check_status" IN ('checking', 'checked', 'no_text', 'not_readable', 'failed')`)
export class Evidence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ApiHideProperty() // a relation for queries; never loaded into a response
  @ManyToOne(() => Nomination, (n) => n.evidence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: Relation<Nomination>;

  /** Generated; never derived from the client's file name. Never sent to clients. */
  @ApiHideProperty()
  @Column({ name: 'storage_key', type: 'varchar', length: 200, select: false })
  storageKey: string;

  /** The client's file name, cleaned: data to show, never a path. */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** Decided from the content, not the name or the claimed media type. */
  @Column({ type: 'varchar', length: 10 })
  type: EvidenceType;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @Column({ name: 'check_status', type: 'varchar', length: 20, default: 'checking' })
  checkStatus: EvidenceCheckStatus;

  /** The privacy check's findings in this file, masked: never the file's text. Sent in the nomination's privacy view. */
  @ApiHideProperty()
  @Column({ name: 'check_findings', type: 'jsonb', default: () => "'[]'" })
  checkFindings: PrivacyFinding[];

  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  /**
   * Goes up each time a check is asked for (an upload, a change of the nominee or team): a result
   * computed for an older request is not stored over a newer one.
   */
  @ApiHideProperty()
  @Column({ name: 'check_generation', type: 'int', default: 1 })
  checkGeneration: number;

  /** When the current check was asked for: one still `checking` long after is asked for again (a lost job). */
  @ApiHideProperty()
  @Column({ name: 'check_requested_at', type: 'timestamptz', default: () => 'now()', select: false })
  checkRequestedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
