import {
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
import { Nomination } from './nomination.entity';

/** A file supporting a nomination. The bytes live in the storage driver under `storageKey`. */
@Entity({ name: 'evidence' })
@Index('IDX_evidence_nomination', ['nominationId'])
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
