import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@commend/auth';
import { judgingProgressOf } from '@commend/judging';
import { nominationsPerDay } from '@commend/nominations';
import { notificationCountsOf } from '@commend/notifications';
import { programmeCategories, ProgrammesService } from '@commend/programmes';
import type { ProgrammeDashboardView } from './dashboard.dto';
import { dashboardOf, dayIn } from './programme-dashboard';

/**
 * The programme dashboard. Its figures belong to four libs, none of which may read another's
 * tables, so the API (which composes the libs) asks each owner for its counts and puts them
 * together, in one REPEATABLE READ snapshot so the parts agree with each other.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async dashboard(programmeId: string, user: AuthUser): Promise<ProgrammeDashboardView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const programme = await this.programmes.get(programmeId, user, manager);
      const categories = await programmeCategories(manager, programme.id);
      const nominations = await nominationsPerDay(manager, programme.id, programme.timeZone);
      const judging = await judgingProgressOf(
        manager,
        categories.map((c) => c.id),
      );
      const notifications = await notificationCountsOf(manager, programme.id);
      return dashboardOf({
        programmeId: programme.id,
        timeZone: programme.timeZone,
        closeDay: dayIn(programme.nominationsCloseAt, programme.timeZone),
        today: dayIn(new Date(), programme.timeZone),
        categories,
        nominations,
        judging,
        notifications,
      });
    });
  }
}
