import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ConflictsService, type ConflictView } from './conflicts.service';
import { DeclareConflictDto, ReasonDto } from './dto/conflict.dto';
import { SetPanelDto } from './dto/panel.dto';
import { PanelsService, type PanelView } from './panels.service';

const uuid = new ParseUUIDPipe();

@ApiTags('judging')
@ApiBearerAuth()
@Controller()
export class PanelsController {
  constructor(
    private readonly panels: PanelsService,
    private readonly conflicts: ConflictsService,
  ) {}

  @Put('categories/:id/panel')
  @Allow(Role.Admin)
  setPanel(
    @Param('id', uuid) categoryId: string,
    @Body() dto: SetPanelDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PanelView> {
    return this.panels.set(categoryId, dto, user);
  }

  @Get('categories/:id/panel')
  @Allow(Role.Admin, Role.Chair)
  panel(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<PanelView> {
    return this.panels.get(categoryId, user);
  }

  @Get('categories/:id/conflicts')
  @Allow(Role.Admin, Role.Chair)
  listConflicts(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<ConflictView[]> {
    return this.conflicts.list(categoryId, user);
  }

  /** A judge recuses themselves; an admin may name the judge (`judgeId`). */
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
