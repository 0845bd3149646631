import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditRecord } from './audit-record.entity';
import { AUDIT_WITHHOLDINGS, type AuditWithholding } from './audit-withholding';
import type { AuditPage } from './dto/audit-page.dto';
import type { AuditQueryDto } from './dto/audit-query.dto';

/** The audit trail as its readers see it: a page at a time, newest first, with withheld data shown as its reason. */
@Injectable()
export class AuditTrailService {
  constructor(
    @InjectRepository(AuditRecord) private readonly records: Repository<AuditRecord>,
    @Inject(AUDIT_WITHHOLDINGS) private readonly withholdings: AuditWithholding[],
  ) {}

  async page(query: AuditQueryDto): Promise<AuditPage> {
    const qb = this.records.createQueryBuilder('a').orderBy('a.seq', 'DESC').limit(query.limit);
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.before) qb.andWhere('a.seq < :before', { before: query.before });
    const items = await qb.getMany();
    const withheld = new Map<string, string>();
    for (const rule of this.withholdings) {
      const rows = await this.records.query<{ id: string }[]>(
        `SELECT a.id FROM audit_records a WHERE a.id = ANY($1::uuid[]) AND (${rule.condition})`,
        [items.map((r) => r.id)],
      );
      for (const { id } of rows) if (!withheld.has(id)) withheld.set(id, rule.reason);
    }
    return {
      items: items.map((r) => (withheld.has(r.id) ? { ...r, data: { withheld: withheld.get(r.id) } } : r)),
      nextBefore: items.length === query.limit ? items[items.length - 1].seq : null,
    };
  }
}
