/** Every BullMQ queue. Names are part of the deployment: renaming one strands its jobs. */
export enum QueueName {
  /** Relayed outbox events, the programme clock, announcements, housekeeping. */
  Events = 'events',
  /** One job per e-mail, so a slow or failing mail server holds up nothing else. */
  Notifications = 'notifications',
  /** Evidence files read for the privacy check: CPU-heavy, so a few at a time, beside everything else. */
  EvidenceChecks = 'evidence-checks',
}

/**
 * Every job name, with the queue it runs on. The worker refuses to start unless each
 * has exactly one handler.
 */
export enum JobName {
  /** Checks the audit trail's hash chain and logs the first broken link. */
  AuditVerify = 'audit.verify',
  /** An outbox event, relayed with its id as the job id: works out what follows from it. */
  HandleEvent = 'event.handle',
  /** Sends one notification row, unless it was sent already. */
  SendNotification = 'notification.send',
  /** Closes programmes at their close time and reminds judges. */
  ProgrammeClock = 'programme.clock',
  /** Publishes a programme's announcement if it is still scheduled, at this version, and due. */
  FireAnnouncement = 'announcement.fire',
  /** On the clock's beat: fires any announcement that is due, should its delayed job have been lost. */
  FireDueAnnouncements = 'announcement.fire_due',
  /** Deletes statements and evidence of programmes past their retention period. */
  RetentionPurge = 'retention.purge',
  /** Removes stored evidence files no row references, once past the grace period. */
  EvidenceOrphanSweep = 'evidence.orphan_sweep',
  /** Reads one evidence file for the privacy check and stores its findings, unless a newer check was asked for. */
  EvidenceCheck = 'evidence.check',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.AuditVerify]: QueueName.Events,
  [JobName.HandleEvent]: QueueName.Events,
  [JobName.SendNotification]: QueueName.Notifications,
  [JobName.ProgrammeClock]: QueueName.Events,
  [JobName.FireAnnouncement]: QueueName.Events,
  [JobName.FireDueAnnouncements]: QueueName.Events,
  [JobName.RetentionPurge]: QueueName.Events,
  [JobName.EvidenceOrphanSweep]: QueueName.Events,
  [JobName.EvidenceCheck]: QueueName.EvidenceChecks,
};
