import { heartbeatProblem } from './heartbeat';
import { loadConfig, logStartupFailure } from '@commend/core';

/**
 * The worker container's health check (`node dist/apps/worker/src/health-check.js`): exit 0 if
 * the worker beat recently, 1 saying why not. It reads the same configuration as the worker.
 */
try {
  const { heartbeat } = loadConfig();
  const problem = heartbeatProblem(heartbeat.file, heartbeat.intervalSeconds);
  if (problem) {
    console.error(`Unhealthy: ${problem}`);
    process.exit(1);
  }
  console.log('Healthy');
} catch (error) {
  logStartupFailure(error, 'HealthCheck');
  process.exit(1);
}
