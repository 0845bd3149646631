import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { setDownloadHeaders } from '@commend/core';
import { EVIDENCE_MEDIA_TYPES } from '@commend/nominations';
import { ReasonDto } from './dto/conflict.dto';
import { SaveScorecardDto } from './dto/scorecard.dto';
import type { JudgeNominationView } from './judge-view';
import { JudgingService, type AssignmentsView } from './judging.service';
import { ScorecardsService, type ScorecardView } from './scorecards.service';

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

  @Get('judging/assignments')
  assignments(@CurrentUser() user: AuthUser): Promise<AssignmentsView> {
    return this.judging.assignments(user);
  }

  @Get('judging/nominations/:id')
  nomination(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<JudgeNominationView> {
    return this.judging.nomination(user, id);
  }

  @Get('judging/nominations/:id/evidence/:evidenceId')
  async evidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.judging.openEvidence(user, id, evidenceId);
    setDownloadHeaders(res, { fileName: file.fileName, mediaType: EVIDENCE_MEDIA_TYPES[file.type], size: file.size });
    return new StreamableFile(file.stream);
  }

  /** Other judges' submitted scorecards: for the chair, or after your own when the programme allows. */
  @Get('judging/nominations/:id/scorecards')
  peers(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView[]> {
    return this.scorecards.peers(id, user);
  }

  @Get('nominations/:id/scorecard')
  mine(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView> {
    return this.scorecards.mine(id, user);
  }

  @Put('nominations/:id/scorecard')
  save(
    @Param('id', uuid) id: string,
    @Body() dto: SaveScorecardDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScorecardView> {
    return this.scorecards.save(id, dto, user);
  }

  @Post('nominations/:id/scorecard/submit')
  @HttpCode(200)
  submit(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView> {
    return this.scorecards.submit(id, user);
  }

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
