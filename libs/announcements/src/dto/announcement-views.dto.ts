import type { AnnouncementStatus } from '../entities/announcement.entity';
import type { AnnouncedAward, AnnouncedCategory } from '../render/announcement-content';

/*
 * What the announcement routes return: the one definition of each shape, read by the service
 * and by the OpenAPI document (the swagger plugin reads these classes).
 */

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
}

/** The public winners page as JSON. */
export class PublicWinners {
  programme: PublicProgramme;
  publishedAt: Date;
  categories: PublicCategory[];
}
