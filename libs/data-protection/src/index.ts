export * from './data-protection-http.module';
export * from './data-protection-jobs.module';
export * from './data-protection.module';
export * from './jobs/evidence-sweep.processor';
export * from './jobs/retention.processor';
export * from './people-export.service';
