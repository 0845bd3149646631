import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, Role } from '@commend/auth';
import { AuditTrailService } from './audit-trail.service';
import type { AuditPage } from './dto/audit-page.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly trail: AuditTrailService) {}

  /**
   * The audit trail, newest first, optionally for one entity
   * @remarks Data under a withholding rule (scores in progress, say) shows its reason in place of the data.
   */
  @Get()
  @Allow(Role.Auditor, Role.Admin)
  list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.trail.page(query);
  }
}
