/**
 * Every event Commend records in the outbox: past tense, in the domain's words. Event types are
 * their own namespace, apart from error codes (`<lib>.errors.ts`), notification kinds
 * (`libs/notifications`) and job names (`libs/core/src/queue`): no string is two of them.
 * An event and the audit action of the same change may share a name: they record one fact.
 *
 * Types are stored in `outbox_events`: renaming one needs a migration for the rows not yet
 * relayed, and an entry in `LEGACY_EVENT_TYPES` so a relayed row is still read as what it was.
 */
export enum EventType {
  ProgrammeOpened = 'programme.opened',
  ProgrammeClosed = 'programme.closed',
  ProgrammeDecided = 'programme.decided',
  ProgrammeArchived = 'programme.archived',
  ProgrammeIdentifiersChanged = 'programme.identifiers_changed',
  NominationSubmitted = 'nomination.submitted',
  NominationWithdrawn = 'nomination.withdrawn',
  NominationScreened = 'nomination.screened',
  NominationConsentRequested = 'nomination.consent_requested',
  EvidenceCheckRequested = 'evidence.check_requested',
  PanelAssigned = 'panel.assigned',
  ConflictDeclared = 'conflict.declared',
  ConflictCleared = 'conflict.cleared',
  JudgingDeadlineNeared = 'judging.deadline_neared',
  JudgeReminded = 'judge.reminded',
  OutcomesProposed = 'outcomes.proposed',
  OutcomesReturned = 'outcomes.returned',
  OutcomesApproved = 'outcomes.approved',
  AnnouncementScheduled = 'announcement.scheduled',
  AnnouncementPublished = 'announcement.published',
  NotificationResendRequested = 'notification.resend_requested',
}

/** Ids only, never copies of personal data: a consumer re-reads the state it acts on. */
export interface EventPayloads {
  [EventType.ProgrammeOpened]: { programmeId: string };
  [EventType.ProgrammeClosed]: { programmeId: string };
  [EventType.ProgrammeDecided]: { programmeId: string };
  [EventType.ProgrammeArchived]: { programmeId: string };
  [EventType.ProgrammeIdentifiersChanged]: { programmeId: string };
  [EventType.NominationSubmitted]: { nominationId: string };
  [EventType.NominationWithdrawn]: { nominationId: string };
  [EventType.NominationScreened]: { nominationId: string };
  [EventType.NominationConsentRequested]: { nominationId: string };
  /** `generation` is the file's check generation when asked: an older one's result is not stored. */
  [EventType.EvidenceCheckRequested]: { evidenceId: string; generation: number };
  [EventType.PanelAssigned]: { categoryId: string; panelMemberId: string };
  [EventType.ConflictDeclared]: { nominationId: string; judgeId: string };
  [EventType.ConflictCleared]: { nominationId: string; judgeId: string };
  [EventType.JudgingDeadlineNeared]: { programmeId: string };
  [EventType.JudgeReminded]: { categoryId: string; panelMemberId: string };
  [EventType.OutcomesProposed]: { categoryId: string };
  [EventType.OutcomesReturned]: { categoryId: string };
  [EventType.OutcomesApproved]: { categoryId: string };
  /** `version` is the announcement's at scheduling; `at` is ISO 8601. */
  [EventType.AnnouncementScheduled]: { programmeId: string; version: number; at: string };
  [EventType.AnnouncementPublished]: { programmeId: string };
  [EventType.NotificationResendRequested]: { notificationId: string };
}

/** An event to record: its type and that type's payload, checked by the compiler. */
export type EventInput = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

/** A recorded event as its consumers read it, narrowed by `type`. */
export type EventView = EventInput & { id: string };

/** Who acts on an event: a worker consumer (by class) or, with none, the integrations that would want it. */
export interface EventUse {
  consumers: readonly (
    'AnnouncementProcessor' | 'EvidenceCheckProcessor' | 'JudgingProcessor' | 'NotificationsProcessor'
  )[];
  why: string;
}

/**
 * Why each event is emitted. An event no consumer acts on and no integration would want is not
 * emitted: drafts (`programme.created`, `programme.updated`, `nomination.created`) are their
 * author's business until opened or submitted, and scores in progress (`scorecard.submitted`,
 * `scorecard.reopened`) are seen by no one but the panel before the results; all stay audited.
 */
export const EVENT_CATALOGUE: Record<EventType, EventUse> = {
  [EventType.ProgrammeOpened]: {
    consumers: [],
    why: 'integrations: an intranet or HR system announcing that nominations are open',
  },
  [EventType.ProgrammeClosed]: { consumers: [], why: 'integrations: nominations have closed, judging starts' },
  [EventType.ProgrammeDecided]: {
    consumers: [],
    why: 'integrations: every category is approved, the director may announce',
  },
  [EventType.ProgrammeArchived]: { consumers: [], why: 'integrations: the lifecycle’s last step' },
  [EventType.NominationSubmitted]: {
    consumers: ['NotificationsProcessor'],
    why: 'the nominator’s receipt, and the nominee told when the category allows it',
  },
  [EventType.NominationWithdrawn]: {
    consumers: [],
    why: 'integrations: the counterpart of a submission, for anything counting them',
  },
  [EventType.NominationScreened]: {
    consumers: ['JudgingProcessor', 'NotificationsProcessor'],
    why: 'the nominator told the decision; the system conflicts an eligible nomination brings recorded',
  },
  [EventType.NominationConsentRequested]: {
    consumers: ['NotificationsProcessor'],
    why: 'the nominee’s publicity consent link',
  },
  [EventType.ProgrammeIdentifiersChanged]: {
    consumers: ['EvidenceCheckProcessor'],
    why: "the programme's own identifier templates changed: the evidence of its drafts is read again",
  },
  [EventType.EvidenceCheckRequested]: {
    consumers: ['EvidenceCheckProcessor'],
    why: 'the privacy check reads an uploaded file, or reads it again when the nominee or team changed',
  },
  [EventType.PanelAssigned]: { consumers: ['NotificationsProcessor'], why: 'the new panel member told' },
  [EventType.ConflictDeclared]: {
    consumers: [],
    why: 'integrations: a trust’s register of interests records declared conflicts',
  },
  [EventType.ConflictCleared]: { consumers: [], why: 'integrations: the register of interests, as above' },
  [EventType.JudgingDeadlineNeared]: {
    consumers: ['NotificationsProcessor'],
    why: 'judges reminded of the scorecards they still owe',
  },
  [EventType.JudgeReminded]: {
    consumers: ['NotificationsProcessor'],
    why: 'the chair reminds one panel member of the scorecards they still owe',
  },
  [EventType.OutcomesProposed]: {
    consumers: [],
    why: 'integrations: the director’s work queue (proposed outcomes wait for approval)',
  },
  [EventType.OutcomesReturned]: {
    consumers: [],
    why: 'integrations: the chair’s work queue (returned with a comment)',
  },
  [EventType.OutcomesApproved]: { consumers: [], why: 'integrations: a category is decided' },
  [EventType.AnnouncementScheduled]: {
    consumers: ['AnnouncementProcessor'],
    why: 'the delayed job that fires the announcement at its time',
  },
  [EventType.AnnouncementPublished]: {
    consumers: ['AnnouncementProcessor', 'NotificationsProcessor'],
    why: 'certificates, and the outcome messages to winners, nominators and judges',
  },
  [EventType.NotificationResendRequested]: {
    consumers: ['NotificationsProcessor'],
    why: 'an admin re-sends a failed message without the API calling Redis',
  },
};

/**
 * Types recorded under an older name, read as their current one: a row relayed before the rename
 * (its job possibly still queued) reaches its consumer, and history stays as it was written.
 */
export const LEGACY_EVENT_TYPES: Readonly<Record<string, EventType>> = {
  'programme.open': EventType.ProgrammeOpened,
  'judging.reminder': EventType.JudgingDeadlineNeared,
  'notification.resend': EventType.NotificationResendRequested,
};

const EVENT_TYPES = new Set<string>(Object.values(EventType));

/**
 * A stored row as its consumers read it, or null for a type the catalogue no longer has (an
 * event recorded before it stopped being emitted): consumers act on nothing else.
 */
export function toEventView(row: { id: string; type: string; payload: unknown }): EventView | null {
  const type = LEGACY_EVENT_TYPES[row.type] ?? row.type;
  if (!EVENT_TYPES.has(type)) return null;
  return { id: row.id, type, payload: row.payload } as EventView;
}
