/** Every BullMQ queue. Names are part of the deployment: renaming one strands its jobs. */
export enum QueueName {
  Events = 'events',
}

/**
 * Every job name, with the queue it runs on. The worker refuses to start unless each
 * has exactly one handler.
 */
export enum JobName {
  /** Checks the audit trail's hash chain and logs the first broken link. */
  AuditVerify = 'audit.verify',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.AuditVerify]: QueueName.Events,
};
