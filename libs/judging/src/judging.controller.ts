import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { setDownloadHeaders, storedFileBody } from '@commend/core';
import { EVIDENCE_CONTENT, EVIDENCE_MEDIA_TYPES } from '@commend/nominations';
import { ReasonDto } from './dto/conflict.dto';
import { SaveScorecardDto } from './dto/scorecard.dto';
import type { AssignmentsView, JudgeNominationView, ScorecardView } from './dto/judging-views.dto';
import { JudgingService } from './judging.service';
import { ScorecardsService } from './scorecards.service';

const uuid = new ParseUUIDPipe();

/** What judges read and write. A blind programme's nominations reach judges only through here. */
@ApiTags('judging')
@ApiBearerAuth()
@Controller()
@Allow(Role.Judge, Role.Chair)
export class JudgingController {
  constructor(
    private readonly judging: JudgingService,
    private readonly scorecards: ScorecardsService,
  ) {}

  /** My judging: the categories whose panels I sit on, their nominations and my scorecards' state */
  @Get('judging/assignments')
  assignments(@CurrentUser() user: AuthUser): Promise<AssignmentsView> {
    return this.judging.assignments(user);
  }

  /**
   * Read a nomination as a judge sees it (anonymised in a blind category)
   * @throws {403} You declared a conflict on it: `judging.recused`
   * @throws {404} Not an eligible nomination of your panels: `nomination.not_found`
   */
  @Get('judging/nominations/:id')
  nomination(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<JudgeNominationView> {
    return this.judging.nomination(user, id);
  }

  /**
   * Download an evidence file as a judge (audited; a neutral name in a blind category)
   * @throws {403} `judging.recused`
   * @throws {404} `nomination.not_found`, `evidence.not_found`; its bytes gone from storage: `stored_file.not_found`
   */
  @ApiOkResponse({ description: 'The file, as its type', content: EVIDENCE_CONTENT })
  @Get('judging/nominations/:id/evidence/:evidenceId')
  async evidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.judging.openEvidence(user, id, evidenceId);
    setDownloadHeaders(res, { fileName: file.fileName, mediaType: EVIDENCE_MEDIA_TYPES[file.type], size: file.size });
    return storedFileBody(file.stream);
  }

  /**
   * Other judges' submitted scorecards
   * @remarks For the chair, or after your own when the programme allows it.
   * @throws {403} `scorecard.peers_hidden`, `judging.recused`
   * @throws {404} `nomination.not_found`
   */
  @Get('judging/nominations/:id/scorecards')
  peers(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView[]> {
    return this.scorecards.peers(id, user);
  }

  /**
   * My scorecard for a nomination (an empty draft until first saved)
   * @throws {403} `judging.recused`
   * @throws {404} `nomination.not_found`
   */
  @Get('nominations/:id/scorecard')
  mine(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView> {
    return this.scorecards.mine(id, user);
  }

  /**
   * Save my draft scorecard (with the version you read)
   * @throws {400} A score off the criterion's scale, or an unknown criterion: `judging.invalid`
   * @throws {403} `judging.recused`
   * @throws {404} `nomination.not_found`
   * @throws {409} Submitted already, or changed since you read it: `scorecard.already_submitted`, `scorecard.stale`
   * @throws {422} Judging is closed: `judging.closed`
   */
  @Put('nominations/:id/scorecard')
  save(
    @Param('id', uuid) id: string,
    @Body() dto: SaveScorecardDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScorecardView> {
    return this.scorecards.save(id, dto, user);
  }

  /**
   * Submit my scorecard: final unless the chair reopens it
   * @throws {403} `judging.recused`
   * @throws {404} `nomination.not_found`, `scorecard.not_found`
   * @throws {409} `scorecard.already_submitted`
   * @throws {422} A criterion has no score, or judging is closed: `scorecard.incomplete`, `judging.closed`
   */
  @Post('nominations/:id/scorecard/submit')
  @HttpCode(200)
  submit(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView> {
    return this.scorecards.submit(id, user);
  }

  /**
   * Reopen a judge's submitted scorecard (the chair; audited with the reason)
   * @throws {403} Not the chair of this panel: `judging.not_chair`
   * @throws {404} `nomination.not_found`, `scorecard.not_found`
   * @throws {409} It is not submitted: `scorecard.not_submitted`
   */
  @Post('nominations/:id/scorecards/:judgeId/reopen')
  @HttpCode(200)
  @Allow(Role.Chair)
  reopen(
    @Param('id', uuid) id: string,
    @Param('judgeId', uuid) judgeId: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScorecardView> {
    return this.scorecards.reopen(id, judgeId, dto.reason, user);
  }
}
