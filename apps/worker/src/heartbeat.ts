import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@commend/core';

/** Missed beats before the worker counts as stuck: one late beat on a busy machine is not a fault. */
const MISSED_BEATS = 3;

/**
 * The worker has no HTTP port, so its container's health check reads a file it rewrites every
 * WORKER_HEARTBEAT_SECONDS while its queue workers run (health-check.ts). A blocked event loop
 * (a job stuck in CPU work) stops the beats; so does shutting down, which removes the file.
 */
@Injectable()
export class Heartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Heartbeat');
  private timer?: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** After QueueWorkers' own bootstrap (it is listed first): the first beat means the queues are served. */
  onApplicationBootstrap(): void {
    this.beat();
    this.timer = setInterval(() => this.beat(), this.config.heartbeat.intervalSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    rmSync(this.config.heartbeat.file, { force: true });
  }

  private beat(): void {
    try {
      writeFileSync(this.config.heartbeat.file, String(Date.now()));
    } catch (error) {
      this.logger.warn({ reason: (error as Error).message }, 'Heartbeat not written');
    }
  }
}

/** Whether the heartbeat at `file` is fresh, and if not, why: what the health check prints. */
export function heartbeatProblem(file: string, intervalSeconds: number, now = Date.now()): string | undefined {
  let beat: number;
  try {
    beat = Number(readFileSync(file, 'utf8'));
  } catch {
    return `no heartbeat at ${file}: the worker is not running (or not yet ready)`;
  }
  if (!Number.isFinite(beat)) return `the heartbeat at ${file} is not a time`;
  const ageSeconds = (now - beat) / 1000;
  return ageSeconds > intervalSeconds * MISSED_BEATS
    ? `the last heartbeat is ${Math.round(ageSeconds)} s old (beats every ${intervalSeconds} s): the worker is stuck`
    : undefined;
}
