import type { EntityManager } from 'typeorm';
import { categorySettingSql } from '@commend/programmes';
import { MESSAGES, type MessageContext } from './templates/messages';
import type { Message } from './templates/message';

export interface OutboxEventView {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

/** A message for one person, before it is written. */
export interface Planned {
  kind: string;
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

/**
 * Who is told what about an event, read from the database as it is now. Events this does
 * not know tell no one.
 */
export async function planMessages(manager: EntityManager, appUrl: string, event: OutboxEventView): Promise<Planned[]> {
  const q = <T>(sql: string, params: unknown[]) => manager.query<T[]>(sql, params);
  const ctx = (p: Programme, recipientName: string | null): MessageContext => ({
    appUrl,
    programmeId: p.id,
    programme: p.name,
    recipientName,
  });
  const plan = (kind: string, recipient: string | null | undefined, p: Programme, message: Message): Planned[] =>
    recipient ? [{ kind, recipient: recipient.toLowerCase(), programmeId: p.id, message }] : [];

  switch (event.type) {
    case 'nomination.submitted':
    case 'nomination.screened': {
      const [n] = await q<{
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
      }>(
        `SELECT n.id, n.reference, n.status, n.nominee_name, n.nominee_email, n.screening_reason,
                c.name AS category, p.id AS programme_id, p.name AS programme,
                ${categorySettingSql('notifyNominee', 'c')} AS notify_nominee,
                u.display_name AS nominator, u.email AS nominator_email
         FROM nominations n JOIN categories c ON c.id = n.category_id JOIN programmes p ON p.id = n.programme_id
         JOIN users u ON u.id = n.nominator_id WHERE n.id = $1`,
        [event.payload.nominationId],
      );
      if (!n) return [];
      const p = { id: n.programme_id, name: n.programme };
      if (event.type === 'nomination.screened') {
        if (n.status !== 'eligible' && n.status !== 'ineligible') return [];
        return plan(
          'nomination.screening',
          n.nominator_email,
          p,
          MESSAGES.screeningOutcome(ctx(p, n.nominator), {
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
          'nomination.receipt',
          n.nominator_email,
          p,
          MESSAGES.nominationReceipt(ctx(p, n.nominator), {
            id: n.id,
            reference: n.reference,
            nominee: n.nominee_name,
            category: n.category,
          }),
        ),
        ...(n.notify_nominee
          ? plan(
              'nomination.nominee',
              n.nominee_email,
              p,
              MESSAGES.nomineeTold(ctx(p, n.nominee_name), { category: n.category, nominator: n.nominator }),
            )
          : []),
      ];
    }

    case 'panel.assigned': {
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
      return plan('panel.assigned', m.email, p, MESSAGES.judgeAssigned(ctx(p, m.name), m));
    }

    case 'judging.reminder': {
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
         JOIN panel_members pm ON pm.category_id = c.id
         JOIN users u ON u.id = pm.user_id
         JOIN nominations n ON n.category_id = c.id AND n.status = 'eligible'
         LEFT JOIN scorecards sc ON sc.nomination_id = n.id AND sc.judge_id = u.id AND sc.status = 'submitted'
         WHERE p.id = $1 AND sc.id IS NULL AND u.email IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM conflicts cf
                           WHERE cf.nomination_id = n.id AND cf.judge_id = u.id AND cf.cleared_at IS NULL)
         GROUP BY u.email, u.display_name, p.name, p.judging_close_at, p.time_zone`,
        [event.payload.programmeId],
      );
      return judges.flatMap((j) => {
        const p = { id: event.payload.programmeId as string, name: j.programme };
        return plan(
          'judging.reminder',
          j.email,
          p,
          MESSAGES.judgingReminder(ctx(p, j.name), { outstanding: j.outstanding, closesAt: j.closes_at }),
        );
      });
    }

    case 'announcement.published':
      return planAnnouncement(manager, appUrl, event.payload.programmeId as string);

    default:
      return [];
  }
}

/** Winners and commended, their nominators, everyone else nominated and their nominators, the judges. */
async function planAnnouncement(manager: EntityManager, appUrl: string, programmeId: string): Promise<Planned[]> {
  const [programme] = await manager.query<Programme[]>('SELECT id, name FROM programmes WHERE id = $1', [programmeId]);
  if (!programme) return [];
  const ctx = (name: string | null): MessageContext => ({
    appUrl,
    programmeId,
    programme: programme.name,
    recipientName: name,
  });
  const nominations = await manager.query<
    {
      id: string;
      nominee_name: string;
      nominee_email: string | null;
      team_members: { name: string; email?: string }[];
      category: string;
      kind: 'winner' | 'runner_up' | 'highly_commended' | null;
      citation: string | null;
      nominator: string;
      nominator_email: string | null;
    }[]
  >(
    `SELECT n.id, n.nominee_name, n.nominee_email, n.team_members, c.name AS category, o.kind, o.citation,
            u.display_name AS nominator, u.email AS nominator_email
     FROM nominations n JOIN categories c ON c.id = n.category_id JOIN users u ON u.id = n.nominator_id
     LEFT JOIN outcomes o ON o.nomination_id = n.id
     JOIN moderations m ON m.category_id = c.id AND m.status = 'approved'
     WHERE n.programme_id = $1 AND n.status = 'eligible'`,
    [programmeId],
  );
  const planned: Planned[] = [];
  const add = (kind: string, email: string | null | undefined, message: Planned['message'], about?: string): void => {
    if (email) planned.push({ kind, about, recipient: email.toLowerCase(), programmeId, message });
  };
  for (const n of nominations) {
    const nominees = [
      { name: n.nominee_name, email: n.nominee_email },
      ...n.team_members.map((m) => ({ name: m.name, email: m.email ?? null })),
    ];
    if (n.kind) {
      for (const person of nominees) {
        add(
          'outcome.awarded',
          person.email,
          MESSAGES.awarded(ctx(person.name), { category: n.category, kind: n.kind, citation: n.citation ?? '' }),
          n.id,
        );
      }
      add(
        'outcome.nominator',
        n.nominator_email,
        MESSAGES.nominatorOfAwarded(ctx(n.nominator), { nominee: n.nominee_name, category: n.category, kind: n.kind }),
        n.id,
      );
    } else {
      for (const person of nominees) {
        add(
          'outcome.thanks_nominee',
          person.email,
          MESSAGES.thanksNominee(ctx(person.name), { category: n.category }),
          n.id,
        );
      }
      add(
        'outcome.thanks_nominator',
        n.nominator_email,
        MESSAGES.thanksNominator(ctx(n.nominator), { nominee: n.nominee_name, category: n.category }),
        n.id,
      );
    }
  }
  const judges = await manager.query<{ email: string; name: string }[]>(
    `SELECT DISTINCT u.email, u.display_name AS name
     FROM panel_members pm JOIN categories c ON c.id = pm.category_id JOIN users u ON u.id = pm.user_id
     WHERE c.programme_id = $1 AND u.email IS NOT NULL`,
    [programmeId],
  );
  for (const j of judges) add('outcome.judges', j.email, MESSAGES.thanksJudge(ctx(j.name)));
  return planned;
}
