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
   * Records events inside the caller's transaction. `pg_notify` is delivered only on commit,
   * so the relay wakes for committed events and never for rolled-back ones.
   */
  async record(manager: EntityManager, events: OutboxEventInput | OutboxEventInput[]): Promise<OutboxEvent[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.record must be called inside a transaction');
    }
    const repo = manager.getRepository(OutboxEvent);
    const list = (Array.isArray(events) ? events : [events]).map((e) =>
      repo.create({ type: e.type, payload: e.payload }),
    );
    const saved = await repo.save(list);
    await manager.query('SELECT pg_notify($1, $2)', ['outbox', saved[0].id]);
    return saved;
  }
}
