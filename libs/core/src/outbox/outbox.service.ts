import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventInput } from './event-catalogue';
import { OutboxEvent } from './outbox-event.entity';

@Injectable()
export class OutboxService {
  /**
   * Records events inside the caller's transaction. `pg_notify` is delivered only on commit,
   * so the relay wakes for committed events and never for rolled-back ones. Only the
   * catalogue's types, each with its payload, compile.
   */
  async record(manager: EntityManager, events: EventInput | readonly EventInput[]): Promise<OutboxEvent[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.record must be called inside a transaction');
    }
    const list = ([] as EventInput[]).concat(events);
    if (list.length === 0) return [];
    const repo = manager.getRepository(OutboxEvent);
    const saved = await repo.save(list.map((e) => repo.create({ type: e.type, payload: e.payload })));
    await manager.query('SELECT pg_notify($1, $2)', ['outbox', saved[0].id]);
    return saved;
  }
}
