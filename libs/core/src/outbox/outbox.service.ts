import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';

export interface OutboxEventInput {
  type: string;
  payload: OutboxEvent['payload'];
}

@Injectable()
export class OutboxService {
  /**
   * Records an event inside the caller's transaction. `pg_notify` is delivered only on
   * commit, so the relay wakes for committed events and never for rolled-back ones.
   */
  async record(manager: EntityManager, event: OutboxEventInput): Promise<OutboxEvent> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.record must be called inside a transaction');
    }
    const saved = await manager
      .getRepository(OutboxEvent)
      .save(manager.getRepository(OutboxEvent).create({ type: event.type, payload: event.payload }));
    await manager.query('SELECT pg_notify($1, $2)', ['outbox', saved.id]);
    return saved;
  }
}
