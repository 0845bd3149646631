import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EventType, JobName, JobQueues, OnJob, type EventView } from '@commend/core';
import { EvidenceCheckService, type EvidenceCheckOutcome } from '../evidence-check.service';

export interface EvidenceCheckJob {
  evidenceId: string;
  generation: number;
}

/**
 * The evidence privacy check, in the worker: each `evidence.check_requested` event becomes one
 * `evidence.check` job (its id the event's, so an event relayed twice is one job), which reads the
 * file and stores its findings for the generation asked.
 */
@Injectable()
export class EvidenceCheckProcessor {
  private readonly logger = new Logger('EvidenceCheck');

  constructor(
    private readonly queues: JobQueues,
    private readonly checks: EvidenceCheckService,
  ) {}

  async onEvent(event: EventView): Promise<void> {
    if (event.type === EventType.ProgrammeIdentifiersChanged) {
      await this.checks.recheckProgramme(event.payload.programmeId);
      return;
    }
    if (event.type !== EventType.EvidenceCheckRequested) return;
    const { evidenceId, generation } = event.payload;
    await this.queues.add(JobName.EvidenceCheck, { evidenceId, generation } satisfies EvidenceCheckJob, {
      // The event's id: the same event relayed twice is one job, and every request its own.
      jobId: `evidence-check-${event.id}`,
    });
  }

  @OnJob(JobName.EvidenceCheck)
  async check(data: EvidenceCheckJob, job?: Job): Promise<EvidenceCheckOutcome> {
    const attempts = job?.opts.attempts ?? 1;
    const lastAttempt = (job?.attemptsMade ?? 0) + 1 >= attempts;
    const outcome = await this.checks.check(data.evidenceId, data.generation, lastAttempt);
    // Ids and the outcome only: never the file's name or text.
    if (outcome === 'failed') {
      this.logger.warn(
        { evidenceId: data.evidenceId, attempts },
        'Evidence could not be checked: shown as not checked',
      );
    }
    return outcome;
  }
}
