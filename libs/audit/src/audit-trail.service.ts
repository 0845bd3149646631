import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UsersService } from '@commend/auth';
import { AuditRecord } from './audit-record.entity';
import { AuditActorUnknownError } from './audit.errors';
import { AUDIT_PROGRAMME_SCOPES, programmeConditionSql, type AuditProgrammeScope } from './audit-programme-scope';
import { AUDIT_WITHHOLDINGS, type AuditWithholding } from './audit-withholding';
import type { AuditPage } from './dto/audit-page.dto';
import type { AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';

/** How many records the export reads at a time. */
const EXPORT_BATCH = 500;

/** The audit trail as its readers see it: a page at a time, newest first, with withheld data shown as its reason. */
@Injectable()
export class AuditTrailService {
  constructor(
    @InjectRepository(AuditRecord) private readonly records: Repository<AuditRecord>,
    @Inject(AUDIT_WITHHOLDINGS) private readonly withholdings: AuditWithholding[],
    @Inject(AUDIT_PROGRAMME_SCOPES) private readonly scopes: AuditProgrammeScope[],
    private readonly users: UsersService,
  ) {}

  async page(query: AuditQueryDto): Promise<AuditPage> {
    return this.pageOf(query, await this.actorsOf(query));
  }

  /**
   * The users an e-mail filter names (an auditor knows people by address, not by id), or
   * undefined without one; an address no one has signed in with is refused in words.
   */
  private async actorsOf(filter: AuditFilterDto): Promise<string[] | undefined> {
    if (!filter.actorEmail) return undefined;
    const ids = await this.users.idsByEmail(filter.actorEmail);
    if (ids.length === 0) throw new AuditActorUnknownError();
    return ids;
  }

  private async pageOf(query: AuditQueryDto, actorIds: string[] | undefined): Promise<AuditPage> {
    const qb = this.filtered(query, actorIds).orderBy('a.seq', 'DESC').limit(query.limit);
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

  /**
   * Every record the filter matches, newest first, a batch at a time (withheld data withheld),
   * for the export. The filter is checked before the first batch, so a refusal comes before
   * any byte of the file is sent.
   */
  async all(filter: AuditFilterDto): Promise<AsyncGenerator<AuditRecord[]>> {
    const actorIds = await this.actorsOf(filter);
    const pageOf = (before: string | undefined) => this.pageOf({ ...filter, before, limit: EXPORT_BATCH }, actorIds);
    return (async function* batches() {
      let before: string | undefined;
      for (;;) {
        const { items, nextBefore } = await pageOf(before);
        if (items.length > 0) yield items;
        if (!nextBefore) return;
        before = nextBefore;
      }
    })();
  }

  private filtered(filter: AuditFilterDto, actorIds: string[] | undefined) {
    const qb = this.records.createQueryBuilder('a');
    if (filter.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.actorId) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (actorIds) qb.andWhere('a.actorId IN (:...actorIds)', { actorIds });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurredAt < :to', { to: filter.to });
    if (filter.programmeId) {
      qb.andWhere(programmeConditionSql(this.scopes, ':programmeId'), { programmeId: filter.programmeId });
    }
    return qb;
  }
}
