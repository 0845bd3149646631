import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Allow, Role } from '@commend/auth';
import { AuditRecord } from './audit-record.entity';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(@InjectRepository(AuditRecord) private readonly records: Repository<AuditRecord>) {}

  /** The audit trail, newest first, optionally for one entity. */
  @Get()
  @Allow(Role.Auditor, Role.Admin)
  async list(@Query() query: AuditQueryDto): Promise<{ items: AuditRecord[]; nextBefore: string | null }> {
    const qb = this.records.createQueryBuilder('a').orderBy('a.seq', 'DESC').limit(query.limit);
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.before) qb.andWhere('a.seq < :before', { before: query.before });
    const items = await qb.getMany();
    return { items, nextBefore: items.length === query.limit ? items[items.length - 1].seq : null };
  }
}
