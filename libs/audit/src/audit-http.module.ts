import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit.module';
import { AuditTrailService } from './audit-trail.service';
import { AuditController } from './audit.controller';
import { AUDIT_PROGRAMME_SCOPES, type AuditProgrammeScope } from './audit-programme-scope';
import { AUDIT_WITHHOLDINGS, type AuditWithholding } from './audit-withholding';

/**
 * Controllers only: loaded by the API, with the rules that withhold records' data from readers
 * and the owners' SQL placing their entities in a programme (for the programme filter).
 */
@Module({})
export class AuditHttpModule {
  static register(withholdings: AuditWithholding[], programmeScopes: AuditProgrammeScope[] = []): DynamicModule {
    return {
      module: AuditHttpModule,
      imports: [AuditModule],
      controllers: [AuditController],
      providers: [
        { provide: AUDIT_WITHHOLDINGS, useValue: withholdings },
        { provide: AUDIT_PROGRAMME_SCOPES, useValue: programmeScopes },
        AuditTrailService,
      ],
    };
  }
}
