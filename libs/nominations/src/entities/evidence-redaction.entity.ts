import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { EvidenceType } from '../evidence/evidence-type';
import { Evidence } from './evidence.entity';

/**
 * An admin's copy of an evidence file with identifying details removed: judges of a blind
 * category get this file in place of the original. One per evidence file; its bytes live in
 * the storage driver under `storageKey`, beside the original's, and go with it.
 */
@Entity({ name: 'evidence_redactions' })
export class EvidenceRedaction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @OneToOne(() => Evidence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Relation<Evidence>;

  /** Generated; never derived from the client's file name. Never sent to clients. */
  @Column({ name: 'storage_key', type: 'varchar', length: 200, select: false })
  storageKey: string;

  /** The admin's file name, cleaned: data to show, never a path. Judges never see it. */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** Decided from the content, as an upload's. */
  @Column({ type: 'varchar', length: 10 })
  type: EvidenceType;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
