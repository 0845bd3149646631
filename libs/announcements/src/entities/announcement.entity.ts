import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Programme } from '@commend/programmes';

export const ANNOUNCEMENT_STATUSES = ['scheduled', 'cancelled', 'published'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/**
 * A programme's announcement: scheduled by a director (an embargo), then published exactly
 * once by the worker. Each reschedule bumps the version; a job for an older version does nothing.
 */
@Entity({ name: 'announcements' })
export class Announcement {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @OneToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<Programme>;

  @Column({ type: 'varchar', length: 10 })
  status: AnnouncementStatus;

  /** When it fires. */
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'scheduled_by', type: 'uuid' })
  scheduledBy: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The winners and commendations with their citations, as published. */
  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
