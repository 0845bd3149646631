export * from './harness-env';
export * from './test-api';
export * from './test-database';
