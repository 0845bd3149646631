import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventType, type EventView } from '@commend/core';
import { JudgingAccess } from '../judging-access.service';

/**
 * Judging's reactions to other libs' events, in the worker. A nomination screened eligible can
 * make a panel member conflicted: the conflict already recuses them (OPEN_CONFLICTS counts it
 * before it is recorded); this records it, so it is listed, clearable and in the audit trail.
 * Recording is idempotent, so a retried or repeated event records nothing twice.
 */
@Injectable()
export class JudgingProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JudgingAccess,
  ) {}

  async onEvent(event: EventView): Promise<void> {
    if (event.type !== EventType.NominationScreened) return;
    const { nominationId } = event.payload;
    // SYSTEM_CONFLICTS has only eligible nominations: an ineligible one records nothing.
    await this.dataSource.transaction((manager) => this.access.recordSystemConflicts(manager, { nominationId }));
  }
}
