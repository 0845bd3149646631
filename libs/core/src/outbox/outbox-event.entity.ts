import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event recorded in the same transaction as the state change it describes.
 * The worker relays pending events into BullMQ (event id = job id), so nothing is lost
 * while Redis is down and nothing is enqueued for a change that rolled back.
 */
@Entity({ name: 'outbox_events' })
@Index('IDX_outbox_events_pending', ['createdAt'], { where: '"relayed_at" IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  /** Ids only, never copies of personal data: handlers re-read state. */
  @Column({ type: 'jsonb' })
  payload: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;
}
