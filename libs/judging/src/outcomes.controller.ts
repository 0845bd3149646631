import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ApproveOutcomesDto, ProposeOutcomesDto, ReturnOutcomesDto } from './dto/outcomes.dto';
import { ResultsQueryDto } from './dto/results-query.dto';
import type { OutcomesView, ResultsView } from './dto/judging-views.dto';
import { OutcomesService } from './outcomes.service';
import { ResultsService } from './results.service';

const uuid = new ParseUUIDPipe();

@ApiTags('results and outcomes')
@ApiBearerAuth()
@Controller('categories/:id')
export class OutcomesController {
  constructor(
    private readonly results: ResultsService,
    private readonly outcomes: OutcomesService,
  ) {}

  /**
   * A category's results: weighted and normalised rankings, ties, judges' spread and progress
   * @remarks `limit` and `offset` give one page of the ranked nominations; everything else is of the whole category.
   * @throws {400} A limit or offset that is not a whole number in range
   * @throws {403} Not the chair of this panel: `judging.not_chair`
   * @throws {404} `category.not_found`
   */
  @Get('results')
  @Allow(Role.Chair, Role.Director, Role.Admin)
  getResults(
    @Param('id', uuid) categoryId: string,
    @Query() query: ResultsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ResultsView> {
    return this.results.results(categoryId, user, { limit: query.limit, offset: query.offset });
  }

  /**
   * A category's outcomes and the chair's record of the judging
   * @throws {403} `judging.not_chair`
   * @throws {404} `category.not_found`
   */
  @Get('outcomes')
  @Allow(Role.Chair, Role.Director, Role.Admin)
  get(@Param('id', uuid) categoryId: string, @CurrentUser() user: AuthUser): Promise<OutcomesView> {
    return this.outcomes.get(categoryId, user);
  }

  /**
   * Propose a category's outcomes, with citations and the outcomes record (the chair)
   * @throws {403} Not the chair, or recused from a nomination given an outcome: `judging.not_chair`, `judging.recused`
   * @throws {404} `category.not_found`
   * @throws {409} Approved already, or changed since you read it: `outcomes.already_approved`, `proposal.stale`
   * @throws {400} `judging.invalid`
   * @throws {422} `judging.closed`, `outcomes.too_many_winners`, `outcomes.not_eligible`, `outcomes.not_scored`, `outcomes.tie_break_needed`
   */
  @Put('outcomes')
  @Allow(Role.Chair)
  propose(
    @Param('id', uuid) categoryId: string,
    @Body() dto: ProposeOutcomesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OutcomesView> {
    return this.outcomes.propose(categoryId, dto, user);
  }

  /**
   * Approve the proposed outcomes (the director)
   * @throws {404} `category.not_found`
   * @throws {409} Nothing proposed, approved already, or changed since you read it: `outcomes.not_proposed`, `outcomes.already_approved`, `proposal.stale`
   * @throws {422} The proposal no longer holds (a nomination unscored or not eligible, too many winners, a tie unbroken), or the programme is not closed: `judging.closed`, `outcomes.not_scored`, `outcomes.not_eligible`, `outcomes.too_many_winners`, `outcomes.tie_break_needed`
   */
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

  /**
   * Return the proposed outcomes to the chair with a comment (the director)
   * @throws {404} `category.not_found`
   * @throws {409} `outcomes.not_proposed`, `outcomes.already_approved`, `proposal.stale`
   */
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
