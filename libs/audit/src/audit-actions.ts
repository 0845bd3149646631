/**
 * Every action the audit trail records. The strings are hashed into the chain, so a stored
 * action never changes: a new name is a new action. Grouped by the lib that records them.
 */
export const AUDIT_ACTIONS = [
  // programmes
  'programme.created',
  'programme.updated',
  'programme.copied',
  'programme.open',
  'programme.closed',
  'programme.decided',
  'programme.archived',
  'category.created',
  'category.updated',
  // nominations
  'nomination.created',
  'nomination.updated',
  'nomination.submitted',
  'nomination.withdrawn',
  'nomination.screened',
  'nomination.consent_requested',
  'nomination.consent_recorded',
  'statement.redacted',
  'statement.redaction_removed',
  'evidence.uploaded',
  'evidence.downloaded',
  'evidence.removed',
  'evidence.redacted',
  'evidence.redaction_removed',
  'nominations.exported',
  // judging
  'panel.set',
  'conflict.declared',
  'conflict.cleared',
  'conflict.raised',
  'scorecard.submitted',
  'scorecard.reopened',
  'judge.reminded',
  'outcomes.proposed',
  'outcomes.returned',
  'outcomes.approved',
  'results.exported',
  // announcements
  'announcement.scheduled',
  'announcement.rescheduled',
  'announcement.cancelled',
  'announcement.published',
  'certificate.downloaded',
  // notifications
  'notification.resent',
  // data-protection
  'retention.purged',
  'evidence.orphans_swept',
  'person.exported',
  // audit
  'audit.exported',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
