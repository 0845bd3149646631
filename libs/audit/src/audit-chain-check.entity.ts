import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One run of the chain's tamper check and what it found, so the auditor sees the result and
 * when it last ran without reading the worker's logs.
 */
@Entity({ name: 'audit_chain_checks' })
@Index('IDX_audit_chain_checks_checked_at', ['checkedAt'])
export class AuditChainCheck {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;

  /** True when every link held. */
  @Column({ type: 'boolean' })
  ok: boolean;

  /** How many records were found intact (before the broken one, if any). */
  @Column({ type: 'int' })
  checked: number;

  /** The first broken record's sequence number and id; null when the chain holds. */
  @Column({ name: 'broken_seq', type: 'bigint', nullable: true })
  brokenSeq: string | null;

  @Column({ name: 'broken_id', type: 'uuid', nullable: true })
  brokenId: string | null;

  @Column({ type: 'text', nullable: true })
  problem: string | null;
}
