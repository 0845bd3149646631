import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Allow, Role } from '@commend/auth';
import { AuditRecord } from './audit-record.entity';
import { AUDIT_WITHHOLDINGS, type AuditWithholding } from './audit-withholding';
import type { AuditPage } from './dto/audit-page.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    @InjectRepository(AuditRecord) private readonly records: Repository<AuditRecord>,
    @Inject(AUDIT_WITHHOLDINGS) private readonly withholdings: AuditWithholding[],
  ) {}

  /**
   * The audit trail, newest first, optionally for one entity
   * @remarks Data under a withholding rule (scores in progress, say) shows its reason in place of the data.
   */
  @Get()
  @Allow(Role.Auditor, Role.Admin)
  async list(@Query() query: AuditQueryDto): Promise<AuditPage> {
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
