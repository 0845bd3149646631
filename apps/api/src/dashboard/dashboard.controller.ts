import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ProgrammeDashboardView } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  /**
   * A programme's dashboard: nominations per day, judging progress and messages, in counts
   * @remarks Nominations are counted on the day they came in (submitted, or started for a draft),
   * in the programme's time zone, by category and by their status now. No nomination's content and
   * no person's name.
   * @throws {404} `programme.not_found`
   */
  @Get('programmes/:id/dashboard')
  @Allow(Role.Admin)
  dashboard(
    @Param('id', new ParseUUIDPipe({ version: undefined })) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ProgrammeDashboardView> {
    return this.dashboards.dashboard(id, user);
  }
}
