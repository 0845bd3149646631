import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit.module';
import { AuditTrailService } from './audit-trail.service';
import { AuditController } from './audit.controller';
import { AUDIT_WITHHOLDINGS, type AuditWithholding } from './audit-withholding';

/** Controllers only: loaded by the API, with the rules that withhold records' data from readers. */
@Module({})
export class AuditHttpModule {
  static register(withholdings: AuditWithholding[]): DynamicModule {
    return {
      module: AuditHttpModule,
      imports: [AuditModule],
      controllers: [AuditController],
      providers: [{ provide: AUDIT_WITHHOLDINGS, useValue: withholdings }, AuditTrailService],
    };
  }
}
