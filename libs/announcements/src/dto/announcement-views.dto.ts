import type { AnnouncementStatus } from '../entities/announcement.entity';
import type { AnnouncedAward, AnnouncedCategory } from '../render/announcement-content';

/*
 * What the announcement routes return: the one definition of each shape, read by the service
 * and by the OpenAPI document (the swagger plugin reads these classes).
 */

/** How the announcement's messages went, once it fired. */
export class AnnouncementDelivery {
  /** Written, not yet sent (or being retried). */
  pending: number;
  sent: number;
  /** Given up after the retries; an admin can send them again. */
  failed: number;
}

export class AnnouncementView {
  programmeId: string;
  status: AnnouncementStatus;
  at: Date;
  publishedAt: Date | null;
  version: number;
  /** Once published. */
  html: string | null;
  /** Once published. */
  text: string | null;
  /** Once published (and on GET only): how its messages went. */
  messages: AnnouncementDelivery | null;
}

/** One message the announcement will send, as its recipient will read it (without the address). */
export class AnnouncementMessagePreview {
  /** What the message is: outcomes.awarded, outcomes.nominator, outcomes.thanks_nominee, outcomes.thanks_nominator, outcomes.judges. */
  kind: string;
  subject: string;
  text: string;
}

/** The announcement as it will be published, rendered by the code that publishes it. */
export class AnnouncementPreview {
  programmeId: string;
  /** The time it is scheduled for, or now when it is not scheduled; the date it will carry. */
  at: Date;
  /** Scheduled, published, or null when not scheduled (or cancelled). */
  status: AnnouncementStatus | null;
  /** The public page's HTML. */
  html: string;
  text: string;
  /** Every outcome e-mail, in the order they will be written. */
  messages: AnnouncementMessagePreview[];
}

export class PublicAward implements AnnouncedAward {
  kind: 'winner' | 'runner_up' | 'highly_commended';
  /** The person, or the team's name; null when a person did not consent to publicity. */
  nomineeName: string | null;
  /** The nominee's team or service; for a team nomination, its service. */
  team: string | null;
  citation: string;
}

export class PublicCategory implements AnnouncedCategory {
  name: string;
  awards: PublicAward[];
}

export class PublicProgramme {
  id: string;
  name: string;
  /** The IANA time zone its dates are read in (e.g. Europe/London). */
  timeZone: string;
}

/** The public winners page as JSON. */
export class PublicWinners {
  programme: PublicProgramme;
  publishedAt: Date;
  categories: PublicCategory[];
}
