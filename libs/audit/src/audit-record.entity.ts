import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the audit trail. Append-only: the database refuses UPDATE, DELETE and
 * TRUNCATE (see the migration). Each row carries the hash of its content and of the row
 * before it, so a change made behind the triggers' back breaks the chain.
 */
@Entity({ name: 'audit_records' })
@Index('UQ_audit_records_seq', ['seq'], { unique: true })
@Index('IDX_audit_records_entity', ['entityType', 'entityId'])
export class AuditRecord {
  @PrimaryColumn('uuid')
  id: string;

  /** Chain order. Assigned under an advisory lock, so it matches commit order. */
  @Column({ type: 'bigint' })
  seq: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** The user who acted, or null for the system (a scheduled job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 50 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 100 })
  entityId: string;

  /** Ids, states and reasons: never statement text or evidence content. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
