import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ConflictsService } from './conflicts.service';
import { DeclareConflictDto, ReasonDto } from './dto/conflict.dto';
import { SetPanelDto } from './dto/panel.dto';
import { PanelsService } from './panels.service';
import type { ConflictView, PanelView, ReminderView } from './dto/judging-views.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('judging')
@ApiBearerAuth()
@Controller()
export class PanelsController {
  constructor(
    private readonly panels: PanelsService,
    private readonly conflicts: ConflictsService,
  ) {}

  /**
   * Set a category's judging panel (members by user id or e-mail, one or more chairs)
   * @throws {400} `judging.invalid`
   * @throws {404} `category.not_found`
   * @throws {422} The category's outcomes are approved: `judging.closed`
   */
  @Put('categories/:id/panel')
  @Allow(Role.Admin)
  setPanel(
    @Param('id', uuid) categoryId: string,
    @Body() dto: SetPanelDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PanelView> {
    return this.panels.set(categoryId, dto, user);
  }

  /**
   * Read a category's panel
   * @throws {403} Not the chair of this panel: `judging.not_chair`
   * @throws {404} `category.not_found`
   */
  @Get('categories/:id/panel')
  @Allow(Role.Admin, Role.Chair)
  panel(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<PanelView> {
    return this.panels.get(categoryId, user);
  }

  /**
   * Remind a panel member of the scorecards they still owe, by e-mail, now (the chair or an admin; audited)
   * @throws {403} Not the chair of this panel: `judging.not_chair`
   * @throws {404} `category.not_found`, `panel_member.not_found`
   * @throws {409} They owe no scorecard: `judging.nothing_owed`
   */
  @Post('categories/:id/panel/members/:memberId/reminder')
  @HttpCode(202)
  @Allow(Role.Admin, Role.Chair)
  remind(
    @Param('id', uuid) categoryId: string,
    @Param('memberId', uuid) memberId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ReminderView> {
    return this.panels.remind(categoryId, memberId, user);
  }

  /**
   * List a category's conflicts: declared, suggested by the system, cleared
   * @throws {403} `judging.not_chair`
   * @throws {404} `category.not_found`
   */
  @Get('categories/:id/conflicts')
  @Allow(Role.Admin, Role.Chair)
  listConflicts(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<ConflictView[]> {
    return this.conflicts.list(categoryId, user);
  }

  /**
   * Declare a conflict on a nomination (a judge recuses themselves; an admin may name the judge)
   * @throws {400} `judging.invalid`
   * @throws {403} `conflict.not_yours`
   * @throws {404} `nomination.not_found`
   */
  @Post('nominations/:id/conflicts')
  @HttpCode(200)
  @Allow(Role.Judge, Role.Chair, Role.Admin)
  declare(
    @Param('id', uuid) nominationId: string,
    @Body() dto: DeclareConflictDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ConflictView> {
    return this.conflicts.declare(nominationId, dto, user);
  }

  /**
   * Clear a conflict, with the reason (admins)
   * @throws {404} `nomination.not_found`, `conflict.not_found`
   */
  @Post('nominations/:id/conflicts/:judgeId/clear')
  @HttpCode(200)
  @Allow(Role.Admin)
  clear(
    @Param('id', uuid) nominationId: string,
    @Param('judgeId', uuid) judgeId: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ConflictView> {
    return this.conflicts.clear(nominationId, judgeId, dto.reason, user);
  }
}
