export * from './audit-chain';
export * from './audit-record.entity';
export * from './audit.module';
export * from './audit.service';
