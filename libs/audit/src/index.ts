export * from './audit-chain';
export * from './audit-record.entity';
export * from './audit.module';
export * from './audit.service';
export * from './audit-jobs.module';
export * from './audit-http.module';
export * from './audit-withholding';
export * from './audit-verify.command';
