import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ApproveOutcomesDto, ProposeOutcomesDto, ReturnOutcomesDto } from './dto/outcomes.dto';
import { OutcomesService, type OutcomesView } from './outcomes.service';
import { ResultsService, type ResultsView } from './results.service';

const uuid = new ParseUUIDPipe();

@ApiTags('results and outcomes')
@ApiBearerAuth()
@Controller('categories/:id')
export class OutcomesController {
  constructor(
    private readonly results: ResultsService,
    private readonly outcomes: OutcomesService,
  ) {}

  @Get('results')
  @Allow(Role.Chair, Role.Director, Role.Admin)
  getResults(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<ResultsView> {
    return this.results.results(categoryId, user);
  }

  @Get('outcomes')
  @Allow(Role.Chair, Role.Director, Role.Admin)
  get(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<OutcomesView> {
    return this.outcomes.get(categoryId, user);
  }

  /** The chair proposes outcomes with the outcomes record. */
  @Put('outcomes')
  @Allow(Role.Chair)
  propose(
    @Param('id', uuid) categoryId: string,
    @Body() dto: ProposeOutcomesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OutcomesView> {
    return this.outcomes.propose(categoryId, dto, user);
  }

  @Post('outcomes/approve')
  @HttpCode(200)
  @Allow(Role.Director)
  approve(
    @Param('id', uuid) categoryId: string,
    @Body() dto: ApproveOutcomesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OutcomesView> {
    return this.outcomes.approve(categoryId, dto, user);
  }

  @Post('outcomes/return')
  @HttpCode(200)
  @Allow(Role.Director)
  return(
    @Param('id', uuid) categoryId: string,
    @Body() dto: ReturnOutcomesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OutcomesView> {
    return this.outcomes.return(categoryId, dto, user);
  }
}
