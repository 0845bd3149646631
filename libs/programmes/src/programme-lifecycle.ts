import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChangeRecorder, type AuditAction } from '@commend/audit';
import { EventType, lockOrFail } from '@commend/core';
import { Programme, type ProgrammeStatus } from './entities/programme.entity';
import { ProgrammeTransitionRefusedError } from './programmes.errors';

/** The events a transition may emit: each carries the programme's id. */
type ProgrammeEvent =
  | EventType.ProgrammeOpened
  | EventType.ProgrammeClosed
  | EventType.ProgrammeDecided
  | EventType.AnnouncementPublished
  | EventType.ProgrammeArchived;

export interface ProgrammeTransition {
  from: ProgrammeStatus;
  to: ProgrammeStatus;
  /** The audit action it records (stored in the hash chain, so `programme.open` stays as written). */
  action: AuditAction;
  /** The event it emits. */
  event: ProgrammeEvent;
}

/**
 * The programme's lifecycle, draft → open → closed → decided → announced → archived: the only
 * transitions there are. Whoever moves a programme (an admin, the clock, the director's last
 * approval, the announcement firing) does it through `ProgrammeLifecycle.transition`.
 */
export const PROGRAMME_TRANSITIONS: readonly ProgrammeTransition[] = [
  { from: 'draft', to: 'open', action: 'programme.open', event: EventType.ProgrammeOpened },
  { from: 'open', to: 'closed', action: 'programme.closed', event: EventType.ProgrammeClosed },
  { from: 'closed', to: 'decided', action: 'programme.decided', event: EventType.ProgrammeDecided },
  // The programme is announced when its announcement is published: that record is the transition's.
  { from: 'decided', to: 'announced', action: 'announcement.published', event: EventType.AnnouncementPublished },
  // Nothing archives a programme yet (the retention purge keeps it announced); the step is the design's.
  { from: 'announced', to: 'archived', action: 'programme.archived', event: EventType.ProgrammeArchived },
];

/** The transition from `from` to `to`, or a refusal naming the state that would allow it. */
export function programmeTransition(from: ProgrammeStatus, to: ProgrammeStatus): ProgrammeTransition {
  const transition = PROGRAMME_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) {
    const allowedFrom = PROGRAMME_TRANSITIONS.filter((t) => t.to === to).map((t) => t.from);
    throw new ProgrammeTransitionRefusedError(from, to, allowedFrom);
  }
  return transition;
}

export const canTransition = (from: ProgrammeStatus, to: ProgrammeStatus): boolean =>
  PROGRAMME_TRANSITIONS.some((t) => t.from === from && t.to === to);

export interface TransitionBy {
  /** Null for the worker (the clock, the announcement). */
  actorId: string | null;
  /** The audit record's data. */
  data?: Record<string, unknown>;
  /** Further conditions of this transition, checked on the locked row once the state allows it. */
  check?: (programme: Programme) => Promise<void>;
}

@Injectable()
export class ProgrammeLifecycle {
  constructor(private readonly changes: ChangeRecorder) {}

  /**
   * Moves the programme to `to` inside the caller's transaction: locks the row, refuses a
   * transition the table does not list, and records its audit record and outbox event, so
   * all three commit together or not at all.
   */
  async transition(
    manager: EntityManager,
    programmeId: string,
    to: ProgrammeStatus,
    by: TransitionBy,
  ): Promise<Programme> {
    const programme = await lockOrFail(manager, Programme, programmeId, 'programme');
    const { action, event } = programmeTransition(programme.status, to);
    await by.check?.(programme);
    programme.status = to;
    const saved = await manager.getRepository(Programme).save(programme);
    await this.changes.record(manager, {
      actorId: by.actorId,
      action,
      entityType: 'programme',
      entityId: programmeId,
      data: by.data,
      events: [{ type: event, payload: { programmeId } }],
    });
    return saved;
  }
}
