import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, Role } from '@commend/auth';
import { AuditTrailService, type AuditPage } from './audit-trail.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly trail: AuditTrailService) {}

  /** The audit trail, newest first, optionally for one entity; data under a withholding rule shows its reason. */
  @Get()
  @Allow(Role.Auditor, Role.Admin)
  list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.trail.page(query);
  }
}
