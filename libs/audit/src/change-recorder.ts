import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService, type EventInput } from '@commend/core';
import type { AuditAction } from './audit-actions';
import { AuditService } from './audit.service';

/** A change to one entity: its audit records (one per action, in order) and the events it emits. */
export interface Change {
  /** Null for the worker (the clock, the announcement, housekeeping). */
  actorId: string | null;
  action: AuditAction | readonly [AuditAction, ...AuditAction[]];
  entityType: string;
  entityId: string;
  /** Ids, states and reasons: never statement text or file contents. */
  data?: Record<string, unknown>;
  events?: readonly EventInput[];
}

/**
 * The one way a service records a change: its audit records and its outbox events, inside the
 * caller's transaction, so both commit with the change or neither does. It lives in audit
 * (which imports core's outbox) so every feature lib reaches both without a cycle. Whatever
 * emits an event goes through here; a record that never has one (a download, an export, a
 * housekeeping run) may call `AuditService.record` itself.
 */
@Injectable()
export class ChangeRecorder {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async record(manager: EntityManager, change: Change): Promise<void> {
    const { actorId, entityType, entityId, data = {} } = change;
    const actions: readonly AuditAction[] = typeof change.action === 'string' ? [change.action] : change.action;
    await this.audit.record(
      manager,
      actions.map((action) => ({ actorId, action, entityType, entityId, data })),
    );
    await this.outbox.record(manager, change.events ?? []);
  }
}
