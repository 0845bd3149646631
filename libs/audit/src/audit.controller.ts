import { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { contentDisposition } from '@commend/core';
import { auditCsvHeader, auditCsvRows } from './audit-csv';
import { AuditChainChecks } from './audit-chain-checks.service';
import { AuditTrailService } from './audit-trail.service';
import { AuditService } from './audit.service';
import type { AuditPage } from './dto/audit-page.dto';
import { AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';
import type { AuditVerification } from './dto/audit-verification.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly checks: AuditChainChecks,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The audit trail, newest first, filtered by programme, entity, actor, action and time
   * @remarks Data under a withholding rule (scores in progress, say) shows its reason in place of the data.
   * The actor is given by user id (`actorId`, for links) or by the e-mail address they signed in with (`actorEmail`).
   * @throws {422} No one who has signed in has the `actorEmail` given: `audit.actor_unknown`
   */
  @Get()
  @Allow(Role.Auditor, Role.Admin)
  list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.trail.page(query);
  }

  /**
   * The filtered trail as CSV, newest first, streamed; the export itself is audited
   * @remarks Columns: seq, occurredAt (ISO 8601, UTC), actorId, action, entityType, entityId, data (JSON).
   * @throws {422} No one who has signed in has the `actorEmail` given: `audit.actor_unknown`
   */
  @ApiOkResponse({ description: 'The records as CSV', content: { 'text/csv': { schema: { type: 'string' } } } })
  @Get('export')
  @Allow(Role.Auditor, Role.Admin)
  async export(
    @Query() filter: AuditFilterDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { entityId, entityType, programmeId, actorId, actorEmail, action, from, to } = filter;
    const asked = { entityId, entityType, programmeId, actorId, actorEmail, action, from, to };
    // Checked before the export is audited or a byte is sent: an unknown actor is a clean 422.
    const batches = await this.trail.all(asked);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'audit.exported',
        entityType: 'audit',
        entityId: 'trail',
        // The filter as asked, so the trail says what was taken out; JSON drops the unset ones.
        data: { filter: JSON.parse(JSON.stringify(asked)) as Record<string, string> },
      }),
    );
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(`audit-trail-${new Date().toISOString().slice(0, 10)}.csv`),
      'Cache-Control': 'no-store',
    });
    async function* csv(): AsyncGenerator<string> {
      yield auditCsvHeader();
      for await (const batch of batches) yield auditCsvRows(batch);
    }
    return new StreamableFile(Readable.from(csv()));
  }

  /** The chain's tamper check as last run (by the daily job or on request), or null if never run */
  @Get('verification')
  @Allow(Role.Auditor, Role.Admin)
  async verification(): Promise<AuditVerification> {
    return { lastCheck: await this.checks.latest() };
  }

  /** Check the whole chain now, keep the result and answer it */
  @Post('verification')
  @HttpCode(200)
  @Allow(Role.Auditor, Role.Admin)
  async verifyNow(): Promise<AuditVerification> {
    return { lastCheck: (await this.checks.run()).check };
  }
}
