import type { EntityManager } from 'typeorm';
import { EventType, type EventView } from '@commend/core';
import { OWED_SCORECARDS } from '@commend/judging';
import { consentLinkToken } from '@commend/nominations';
import { categorySettingSql, publicityConsentWordingOf } from '@commend/programmes';
import { MESSAGES, type MessageContext } from './templates/messages';
import { NotificationKind } from './notification-kinds';
import type { Message } from './templates/message';

/** A message for one person, before it is written. */
export interface Planned {
  kind: NotificationKind;
  /** What the message is about, when one person may get several of a kind (e.g. two nominations). */
  about?: string;
  recipient: string;
  programmeId: string;
  message: Message;
}

interface Programme {
  id: string;
  name: string;
}

/** One message, to a person with an address (none without). */
const plan = (
  kind: NotificationKind,
  recipient: string | null | undefined,
  p: Programme,
  message: Message,
): Planned[] => (recipient ? [{ kind, recipient: recipient.toLowerCase(), programmeId: p.id, message }] : []);

/**
 * Who is told what about an event, read from the database as it is now. Events this does
 * not know tell no one.
 */
export async function planMessages(manager: EntityManager, appUrl: string, event: EventView): Promise<Planned[]> {
  const q = <T>(sql: string, params: unknown[]) => manager.query<T[]>(sql, params);
  const ctx = (p: Programme, recipientName: string | null): MessageContext => ({
    appUrl,
    programmeId: p.id,
    programme: p.name,
    recipientName,
  });

  switch (event.type) {
    case EventType.NominationSubmitted:
    case EventType.NominationScreened: {
      const [n] = await q<SubmittedNomination>(
        `SELECT n.id, n.reference, n.status, n.nominee_name, n.nominee_email, n.screening_reason,
                c.name AS category, p.id AS programme_id, p.name AS programme,
                ${categorySettingSql('notifyNominee', 'c')} AS notify_nominee,
                u.display_name AS nominator, u.email AS nominator_email
         FROM nominations n JOIN categories c ON c.id = n.category_id JOIN programmes p ON p.id = n.programme_id
         JOIN users u ON u.id = n.nominator_id WHERE n.id = $1`,
        [event.payload.nominationId],
      );
      return n ? nominationMessages(event.type, n, appUrl) : [];
    }

    case EventType.NominationConsentRequested: {
      const [n] = await q<{
        nominee_name: string;
        nominee_email: string | null;
        category: string;
        programme_id: string;
        programme: string;
        status: string;
        wording: string;
      }>(
        `SELECT n.nominee_name, n.nominee_email, c.name AS category, p.id AS programme_id, p.name AS programme,
                p.status, p.publicity_consent_wording AS wording
         FROM nominations n JOIN categories c ON c.id = n.category_id JOIN programmes p ON p.id = n.programme_id
         WHERE n.id = $1`,
        [event.payload.nominationId],
      );
      if (!n || !consentStillAsked(n.status)) return [];
      const p = { id: n.programme_id, name: n.programme };
      const token = await consentLinkToken(manager, event.payload.nominationId);
      // One per request: asked again, the nominee is sent the link again.
      return plan(
        NotificationKind.ConsentRequest,
        n.nominee_email,
        p,
        MESSAGES.consentRequest(ctx(p, n.nominee_name), {
          category: n.category,
          token,
          wording: publicityConsentWordingOf(n.wording),
        }),
      );
    }

    case EventType.PanelAssigned: {
      const [m] = await q<{
        email: string | null;
        name: string | null;
        chair: boolean;
        category: string;
        programme_id: string;
        programme: string;
      }>(
        `SELECT coalesce(u.email, pm.email) AS email, u.display_name AS name, pm.chair, c.name AS category,
                p.id AS programme_id, p.name AS programme
         FROM panel_members pm JOIN categories c ON c.id = pm.category_id JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN users u ON u.id = pm.user_id WHERE pm.id = $1`,
        [event.payload.panelMemberId],
      );
      if (!m) return [];
      const p = { id: m.programme_id, name: m.programme };
      return plan(NotificationKind.PanelAssignment, m.email, p, MESSAGES.judgeAssigned(ctx(p, m.name), m));
    }

    case EventType.JudgingDeadlineNeared: {
      const judges = await q<{
        email: string;
        name: string;
        outstanding: number;
        programme: string;
        closes_at: string;
      }>(
        `SELECT u.email, u.display_name AS name, p.name AS programme,
                to_char(p.judging_close_at AT TIME ZONE p.time_zone, 'FMDD FMMonth YYYY, HH24:MI') AS closes_at,
                count(*)::int AS outstanding
         FROM programmes p
         JOIN categories c ON c.programme_id = p.id
         JOIN ${OWED_SCORECARDS} o ON o.category_id = c.id
         JOIN users u ON u.id = o.judge_id
         WHERE p.id = $1 AND u.email IS NOT NULL
         GROUP BY u.email, u.display_name, p.name, p.judging_close_at, p.time_zone`,
        [event.payload.programmeId],
      );
      return judges.flatMap((j) => {
        const p = { id: event.payload.programmeId, name: j.programme };
        return plan(
          NotificationKind.JudgingReminder,
          j.email,
          p,
          MESSAGES.judgingReminder(ctx(p, j.name), { outstanding: j.outstanding, closesAt: j.closes_at }),
        );
      });
    }

    case EventType.JudgeReminded: {
      // The scorecards owed now: one submitted since the chair pressed "remind" is not counted.
      const [j] = await q<{
        email: string | null;
        name: string | null;
        outstanding: number;
        programme_id: string;
        programme: string;
        closes_at: string | null;
      }>(
        `SELECT coalesce(u.email, pm.email) AS email, u.display_name AS name, p.id AS programme_id,
                p.name AS programme,
                to_char(p.judging_close_at AT TIME ZONE p.time_zone, 'FMDD FMMonth YYYY, HH24:MI') AS closes_at,
                (SELECT count(*) FROM ${OWED_SCORECARDS} o WHERE o.panel_member_id = pm.id)::int AS outstanding
         FROM panel_members pm JOIN categories c ON c.id = pm.category_id JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN users u ON u.id = pm.user_id WHERE pm.id = $1`,
        [event.payload.panelMemberId],
      );
      if (!j || j.outstanding === 0) return [];
      const p = { id: j.programme_id, name: j.programme };
      return plan(
        NotificationKind.JudgingReminder,
        j.email,
        p,
        MESSAGES.judgingReminder(ctx(p, j.name), { outstanding: j.outstanding, closesAt: j.closes_at }),
      );
    }

    case EventType.AnnouncementPublished:
      return planAnnouncement(manager, appUrl, event.payload.programmeId);
    // Told to no one: kept for integrations (see the catalogue), or, for a re-send, acted on
    // by the processor before any planning.
    case EventType.ProgrammeOpened:
    case EventType.ProgrammeClosed:
    case EventType.ProgrammeDecided:
    case EventType.ProgrammeArchived:
    case EventType.NominationWithdrawn:
    case EventType.ConflictDeclared:
    case EventType.ConflictCleared:
    case EventType.OutcomesProposed:
    case EventType.OutcomesReturned:
    case EventType.OutcomesApproved:
    case EventType.AnnouncementScheduled:
    case EventType.NotificationResendRequested:
    case EventType.EvidenceCheckRequested:
    case EventType.ProgrammeIdentifiersChanged:
      return [];
  }
}

export type OutcomeKind = 'winner' | 'runner_up' | 'highly_commended';
/** Best first: a person's message for a category is about their best outcome in it. */
const OUTCOME_RANK: Record<OutcomeKind, number> = { winner: 0, runner_up: 1, highly_commended: 2 };
const rankOf = (kind: OutcomeKind | null): number => (kind ? OUTCOME_RANK[kind] : 3);

/** A nomination of the programme being announced, with its outcome (null: thanked). */
export interface AnnouncedNomination {
  id: string;
  nominee_name: string;
  nominee_email: string | null;
  team_members: { name: string; email?: string }[];
  category_id: string;
  category: string;
  kind: OutcomeKind | null;
  citation: string | null;
  nominator: string;
  nominator_email: string | null;
}

/**
 * Reads what the announcement's messages need, in one statement each (a cross-lib report).
 * The worker plans them so when the announcement fires; the director's preview asks the same.
 */
export async function planAnnouncement(
  manager: EntityManager,
  appUrl: string,
  programmeId: string,
): Promise<Planned[]> {
  const [programme] = await manager.query<Programme[]>('SELECT id, name FROM programmes WHERE id = $1', [programmeId]);
  if (!programme) return [];
  const nominations = await manager.query<AnnouncedNomination[]>(
    `SELECT n.id, n.nominee_name, n.nominee_email, n.team_members, c.id AS category_id, c.name AS category,
            o.kind, o.citation, u.display_name AS nominator, u.email AS nominator_email
     FROM nominations n JOIN categories c ON c.id = n.category_id JOIN users u ON u.id = n.nominator_id
     LEFT JOIN outcomes o ON o.nomination_id = n.id
     JOIN moderations m ON m.category_id = c.id AND m.status = 'approved'
     WHERE n.programme_id = $1 AND n.status = 'eligible'
     ORDER BY n.reference`,
    [programmeId],
  );
  const judges = await manager.query<{ email: string; name: string }[]>(
    `SELECT DISTINCT u.email, u.display_name AS name
     FROM panel_members pm JOIN categories c ON c.id = pm.category_id JOIN users u ON u.id = pm.user_id
     WHERE c.programme_id = $1 AND u.email IS NOT NULL`,
    [programmeId],
  );
  return announcementMessages(programme, appUrl, nominations, judges);
}

/** A submitted nomination with what its messages need. */
export interface SubmittedNomination {
  id: string;
  reference: string;
  status: string;
  nominee_name: string;
  nominee_email: string | null;
  screening_reason: string | null;
  category: string;
  programme_id: string;
  programme: string;
  notify_nominee: boolean;
  nominator: string;
  nominator_email: string | null;
}

/**
 * On submission: the nominator's receipt, and the nominee told only when the category (or its
 * programme) says so. On screening: the outcome to the nominator, once it is decided.
 */
export function nominationMessages(
  type: EventType.NominationSubmitted | EventType.NominationScreened,
  n: SubmittedNomination,
  appUrl: string,
): Planned[] {
  const p = { id: n.programme_id, name: n.programme };
  const ctx = (name: string | null): MessageContext => ({
    appUrl,
    programmeId: p.id,
    programme: p.name,
    recipientName: name,
  });
  if (type === EventType.NominationScreened) {
    if (n.status !== 'eligible' && n.status !== 'ineligible') return [];
    return plan(
      NotificationKind.ScreeningOutcome,
      n.nominator_email,
      p,
      MESSAGES.screeningOutcome(ctx(n.nominator), {
        id: n.id,
        reference: n.reference,
        nominee: n.nominee_name,
        eligible: n.status === 'eligible',
        reason: n.screening_reason,
      }),
    );
  }
  return [
    ...plan(
      NotificationKind.NominationReceipt,
      n.nominator_email,
      p,
      MESSAGES.nominationReceipt(ctx(n.nominator), {
        id: n.id,
        reference: n.reference,
        nominee: n.nominee_name,
        category: n.category,
      }),
    ),
    ...(n.notify_nominee
      ? plan(
          NotificationKind.NomineeTold,
          n.nominee_email,
          p,
          MESSAGES.nomineeTold(ctx(n.nominee_name), { category: n.category, nominator: n.nominator }),
        )
      : []),
  ];
}

/** Once announced the consent link would only say it is too late, so it is not sent. */
export const consentStillAsked = (programmeStatus: string): boolean =>
  programmeStatus !== 'announced' && programmeStatus !== 'archived';

/**
 * Winners and commended, their nominators, everyone else nominated and their nominators, the
 * judges. Messages are per person: someone nominated twice in a category (by two colleagues,
 * or on their own and in a team) gets one message for it, about their best outcome; a
 * nominator gets one per person they nominated there, with that person's best outcome.
 * `nominations` come in reference order.
 */
export function announcementMessages(
  programme: Programme,
  appUrl: string,
  read: AnnouncedNomination[],
  judges: { email: string; name: string }[],
): Planned[] {
  const programmeId = programme.id;
  const ctx = (name: string | null): MessageContext => ({
    appUrl,
    programmeId,
    programme: programme.name,
    recipientName: name,
  });
  // Best outcome first (then by reference, as read), so the first seen of a person is their best.
  const nominations = [...read].sort((a, b) => rankOf(a.kind) - rankOf(b.kind));
  const planned: Planned[] = [];
  const told = new Set<string>();
  /** Once per key; `about` keeps the dedupe key stable when the event is planned again. */
  const add = (
    key: string,
    kind: NotificationKind,
    email: string | null | undefined,
    message: () => Planned['message'],
    about?: string,
  ): void => {
    if (!email || told.has(key)) return;
    told.add(key);
    planned.push({ kind, about, recipient: email.toLowerCase(), programmeId, message: message() });
  };
  // A person without an e-mail gets no message, so only e-mails identify people here.
  const person = (email: string | null | undefined, nominationId: string): string =>
    email ? email.toLowerCase() : `nomination:${nominationId}`;
  const bestOf = new Map<string, (typeof nominations)[number]>();
  for (const n of nominations) {
    const key = `${n.category_id}:${person(n.nominee_email, n.id)}`;
    if (!bestOf.has(key)) bestOf.set(key, n);
  }
  for (const n of nominations) {
    const nominees = [
      { name: n.nominee_name, email: n.nominee_email },
      ...n.team_members.map((m) => ({ name: m.name, email: m.email ?? null })),
    ];
    const nominee = person(n.nominee_email, n.id);
    for (const p of nominees) {
      const key = `nominee:${n.category_id}:${p.email?.toLowerCase()}`;
      if (n.kind) {
        const kind = n.kind;
        add(
          key,
          NotificationKind.OutcomeAwarded,
          p.email,
          () => MESSAGES.awarded(ctx(p.name), { category: n.category, kind, citation: n.citation ?? '' }),
          n.id,
        );
      } else {
        add(
          key,
          NotificationKind.OutcomeThanksNominee,
          p.email,
          () => MESSAGES.thanksNominee(ctx(p.name), { category: n.category }),
          n.id,
        );
      }
    }
    // The nominee's best outcome in the category, whichever nomination of them earned it.
    const best = bestOf.get(`${n.category_id}:${nominee}`) ?? n;
    const key = `nominator:${n.category_id}:${n.nominator_email?.toLowerCase()}:${nominee}`;
    if (best.kind) {
      const kind = best.kind;
      add(
        key,
        NotificationKind.OutcomeNominator,
        n.nominator_email,
        () => MESSAGES.nominatorOfAwarded(ctx(n.nominator), { nominee: n.nominee_name, category: n.category, kind }),
        n.id,
      );
    } else {
      add(
        key,
        NotificationKind.OutcomeThanksNominator,
        n.nominator_email,
        () => MESSAGES.thanksNominator(ctx(n.nominator), { nominee: n.nominee_name, category: n.category }),
        n.id,
      );
    }
  }
  for (const j of judges)
    add(`judge:${j.email}`, NotificationKind.OutcomeJudges, j.email, () => MESSAGES.thanksJudge(ctx(j.name)));
  return planned;
}
