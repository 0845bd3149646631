export * from './harness-env';
export * from './test-api';
export * from './test-database';
export * from './spawn-app';
export * from './fixtures';
export * from './mail-sink';
export * from './queue-stack';
export * from './evidence-files';
