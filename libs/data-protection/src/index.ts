export * from './data-protection-http.module';
export * from './data-protection-jobs.module';
export * from './data-protection.module';
export * from './jobs/evidence-sweep.service';
export * from './jobs/retention.service';
export * from './people-export.service';
