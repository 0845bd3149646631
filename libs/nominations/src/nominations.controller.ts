import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { AcceptsBody, setDownloadHeaders } from '@commend/core';
import {
  CreateNominationDto,
  ListNominationsQueryDto,
  RecordConsentDto,
  RedactionDto,
  ScreeningDto,
  SubmitNominationDto,
  UpdateNominationDto,
} from './dto/nomination.dto';
import type { Evidence } from './entities/evidence.entity';
import { ConsentService } from './consent.service';
import { EvidenceService } from './evidence.service';
import { EVIDENCE_MEDIA_TYPES } from './evidence/evidence-type';
import type { NominationView } from './nomination-view';
import { NominationsService } from './nominations.service';
import type { PrivacyFinding } from './privacy/privacy-finding';

const uuid = new ParseUUIDPipe();

@ApiTags('nominations')
@ApiBearerAuth()
@Controller()
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly evidence: EvidenceService,
    private readonly consent: ConsentService,
  ) {}

  @Post('categories/:id/nominations')
  create(
    @Param('id', uuid) categoryId: string,
    @Body() dto: CreateNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.create(categoryId, dto, user);
  }

  @Get('nominations/mine')
  mine(@CurrentUser() user: AuthUser): Promise<NominationView[]> {
    return this.nominations.listMine(user);
  }

  @Get('nominations')
  @Allow(Role.Admin)
  list(@Query() query: ListNominationsQueryDto): ReturnType<NominationsService['list']> {
    return this.nominations.list(query);
  }

  @Get('nominations/:id')
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<NominationView> {
    return this.nominations.view(id, user);
  }

  @Patch('nominations/:id')
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.update(id, dto, user);
  }

  @Post('nominations/:id/submit')
  @HttpCode(200)
  submit(
    @Param('id', uuid) id: string,
    @Body() dto: SubmitNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.submit(id, user, dto.confirmPrivacyFindings === true);
  }

  @Post('nominations/:id/withdraw')
  @HttpCode(200)
  withdraw(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<NominationView> {
    return this.nominations.withdraw(id, user);
  }

  @Post('nominations/:id/privacy-check')
  @HttpCode(200)
  privacyCheck(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<{ findings: PrivacyFinding[] }> {
    return this.nominations.privacyCheck(id, user);
  }

  @Post('nominations/:id/screening')
  @HttpCode(200)
  @Allow(Role.Admin)
  screen(
    @Param('id', uuid) id: string,
    @Body() dto: ScreeningDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.screen(id, dto, user);
  }

  /**
   * Records the nominee's publicity consent after submission (given or refused, who asked and
   * when), until the announcement fires; audited. 422 once the winners are announced.
   */
  @Put('nominations/:id/consent')
  @Allow(Role.Admin)
  recordConsent(
    @Param('id', uuid) id: string,
    @Body() dto: RecordConsentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.consent.record(id, dto, user);
  }

  /** E-mails the nominee a link to give or refuse publicity consent themselves. */
  @Post('nominations/:id/consent/request')
  @HttpCode(202)
  @Allow(Role.Admin)
  async requestConsent(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<{ requested: true }> {
    await this.consent.request(id, user);
    return { requested: true };
  }

  @Put('nominations/:id/statements/:criterionId/redaction')
  @Allow(Role.Admin)
  redact(
    @Param('id', uuid) id: string,
    @Param('criterionId', uuid) criterionId: string,
    @Body() dto: RedactionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.redactStatement(id, criterionId, dto.text, user);
  }

  @Post('nominations/:id/evidence')
  // Any type: the evidence service parses the multipart body and explains what else is wrong.
  @AcceptsBody('*/*')
  upload(@Param('id', uuid) id: string, @Req() req: Request, @CurrentUser() user: AuthUser): Promise<Evidence> {
    return this.evidence.upload(id, user, req);
  }

  @Get('nominations/:id/evidence/:evidenceId')
  async download(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { evidence, stream } = await this.evidence.open(id, evidenceId, user);
    setDownloadHeaders(res, {
      fileName: evidence.fileName,
      mediaType: EVIDENCE_MEDIA_TYPES[evidence.type],
      size: evidence.size,
    });
    return new StreamableFile(stream);
  }

  @Delete('nominations/:id/evidence/:evidenceId')
  @HttpCode(204)
  remove(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.evidence.remove(id, evidenceId, user);
  }
}
