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
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { AcceptsBody, setDownloadHeaders, storedFileBody } from '@commend/core';
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
import { EvidenceRedactionView } from './dto/nomination-view.dto';
import { EVIDENCE_CONTENT, EVIDENCE_MEDIA_TYPES } from './evidence/evidence-type';
import { ConsentRequestedView, NominationPage, PrivacyCheckView, type NominationView } from './dto/nomination-view.dto';
import { NominationsService } from './nominations.service';

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

  /**
   * Start a nomination in a category: a draft, or submitted with `submit: true`
   * @remarks A submission refused with `submit: true` still stores the draft; the error's `details.nominationId` says where it is.
   * @throws {400} `nomination.invalid`
   * @throws {404} No such category, or one not open to you: `category.not_found`
   * @throws {422} The programme is not taking nominations, or the submission is refused: `nomination.closed`, `nomination.incomplete`, `nomination.privacy_blocked`, `nomination.privacy_unconfirmed`, `nomination.invalid_state`
   */
  @Post('categories/:id/nominations')
  create(
    @Param('id', uuid) categoryId: string,
    @Body() dto: CreateNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.create(categoryId, dto, user);
  }

  /** List my nominations */
  @Get('nominations/mine')
  mine(@CurrentUser() user: AuthUser): Promise<NominationView[]> {
    return this.nominations.listMine(user);
  }

  /**
   * List nominations, a page at a time (for screening)
   * @remarks For admins; filter by programme, category and status.
   */
  @Get('nominations')
  @Allow(Role.Admin)
  list(@Query() query: ListNominationsQueryDto): Promise<NominationPage> {
    return this.nominations.list(query);
  }

  /**
   * Read a nomination
   * @remarks The nominator's own, or any for an admin (with possible duplicates of the nominee).
   * @throws {404} No such nomination, or not yours to see: `nomination.not_found`
   */
  @Get('nominations/:id')
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<NominationView> {
    return this.nominations.view(id, user);
  }

  /**
   * Edit a nomination (with the version you read)
   * @throws {400} `nomination.invalid`
   * @throws {403} Only the nominator changes a nomination: `nomination.not_owner`
   * @throws {404} `nomination.not_found`
   * @throws {409} Someone changed it since you read it: `nomination.stale`
   * @throws {422} `nomination.closed`, `nomination.invalid_state`
   */
  @Patch('nominations/:id')
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.update(id, dto, user);
  }

  /**
   * Submit a draft nomination
   * @remarks Re-runs the privacy check of the statements and takes each evidence file's stored check; `confirmPrivacyFindings` confirms findings that are not about a person who uses services. While a file is still being checked (`checkStatus: checking`, seconds after an upload or a change of the nominee or team), the submission is refused with `nomination.evidence_being_checked`, naming the files; the draft is kept.
   * @throws {403} `nomination.not_owner`
   * @throws {404} `nomination.not_found`
   * @throws {409} Another submission or edit of it won the race: `nomination.stale`
   * @throws {422} `nomination.closed`, `nomination.incomplete`, `nomination.evidence_being_checked`, `nomination.privacy_blocked`, `nomination.privacy_unconfirmed`, `nomination.invalid_state`
   */
  @Post('nominations/:id/submit')
  @HttpCode(200)
  submit(
    @Param('id', uuid) id: string,
    @Body() dto: SubmitNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationView> {
    return this.nominations.submit(id, user, dto.confirmPrivacyFindings === true);
  }

  /**
   * Withdraw a draft or submitted nomination while the programme is open
   * @throws {403} `nomination.not_owner`
   * @throws {404} `nomination.not_found`
   * @throws {422} `nomination.closed`, `nomination.invalid_state`
   */
  @Post('nominations/:id/withdraw')
  @HttpCode(200)
  withdraw(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<NominationView> {
    return this.nominations.withdraw(id, user);
  }

  /**
   * Scan the statements for service-user identifiers, with the findings of the evidence files checked so far
   * @remarks Evidence files are checked in the background after upload (see each file's `checkStatus`); a file still `checking` has no findings yet.
   * @throws {403} `nomination.not_owner`
   * @throws {404} `nomination.not_found`
   */
  @Post('nominations/:id/privacy-check')
  @HttpCode(200)
  privacyCheck(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<PrivacyCheckView> {
    return this.nominations.privacyCheck(id, user);
  }

  /**
   * Screen a submitted nomination: eligible or ineligible, with the reason
   * @throws {404} `nomination.not_found`
   * @throws {422} Only a submitted nomination is screened: `nomination.invalid_state`
   */
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
   * Record the nominee's publicity consent (given or refused, who asked and when)
   * @remarks After submission and until the announcement fires; audited.
   * @throws {404} `nomination.not_found`
   * @throws {422} Consent can no longer be recorded: `consent.closed`
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

  /**
   * E-mail the nominee a link to give or refuse publicity consent themselves
   * @throws {404} `nomination.not_found`
   * @throws {422} `consent.closed`
   */
  @ApiAcceptedResponse({ type: ConsentRequestedView })
  @Post('nominations/:id/consent/request')
  @HttpCode(202)
  @Allow(Role.Admin)
  async requestConsent(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ConsentRequestedView> {
    await this.consent.request(id, user);
    return { requested: true };
  }

  /**
   * Write the redacted copy of a statement that judges of a blind category see
   * @remarks `text: null` removes the redaction.
   * @throws {404} `nomination.not_found`, `statement.not_found`
   */
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

  /**
   * Add an evidence file (multipart, in the field `file`)
   * @remarks The type is decided from the content (PDF, DOCX, PNG, JPEG, plain text), within the category's size and count limits.
   * @throws {400} The multipart body is malformed or the file name is refused: `evidence.*`
   * @throws {403} `nomination.not_owner`
   * @throws {404} `nomination.not_found`
   * @throws {413} Over the category's size limit: `evidence.too_large`
   * @throws {415} A type the category does not accept: `evidence.*`
   * @throws {422} Over the count limit, or the nomination cannot change now: `evidence.*`, `nomination.closed`, `nomination.invalid_state`
   */
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @Post('nominations/:id/evidence')
  // Any type: the evidence service parses the multipart body and explains what else is wrong.
  @AcceptsBody('*/*')
  upload(@Param('id', uuid) id: string, @Req() req: Request, @CurrentUser() user: AuthUser): Promise<Evidence> {
    return this.evidence.upload(id, user, req);
  }

  /**
   * Download an evidence file (audited)
   * @throws {404} `nomination.not_found`, `evidence.not_found`; its bytes gone from storage: `stored_file.not_found`
   */
  @ApiOkResponse({ description: 'The file, as its type', content: EVIDENCE_CONTENT })
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
    return storedFileBody(stream);
  }

  /**
   * Attach the redacted copy of an evidence file that judges of a blind category get (multipart, in the field `file`)
   * @remarks For admins. Replaces any earlier copy. Checked by content as an upload is, against the category's types and size limit.
   * @throws {400} The multipart body is malformed or the file name is refused: `evidence.*`
   * @throws {404} `nomination.not_found`, `evidence.not_found`
   * @throws {413} Over the category's size limit: `evidence.too_large`
   * @throws {415} A type the category does not accept: `evidence.*`
   * @throws {422} The category is not judged blind, or the nomination is not submitted or eligible: `evidence.not_blind`, `nomination.invalid_state`
   */
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: EvidenceRedactionView })
  @Put('nominations/:id/evidence/:evidenceId/redacted')
  @Allow(Role.Admin)
  @AcceptsBody('*/*')
  redactEvidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() req: Request,
    @CurrentUser() user: AuthUser,
  ): Promise<EvidenceRedactionView> {
    return this.evidence.putRedaction(id, evidenceId, user, req);
  }

  /**
   * Download the redacted copy of an evidence file (audited)
   * @remarks For admins.
   * @throws {404} `nomination.not_found`, `evidence.not_found`, `redacted_copy.not_found`; its bytes gone from storage: `stored_file.not_found`
   */
  @ApiOkResponse({ description: 'The file, as its type', content: EVIDENCE_CONTENT })
  @Get('nominations/:id/evidence/:evidenceId/redacted')
  @Allow(Role.Admin)
  async downloadRedacted(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { redaction, stream } = await this.evidence.openRedaction(id, evidenceId, user);
    setDownloadHeaders(res, {
      fileName: redaction.fileName,
      mediaType: EVIDENCE_MEDIA_TYPES[redaction.type],
      size: redaction.size,
    });
    return storedFileBody(stream);
  }

  /**
   * Remove the redacted copy of an evidence file
   * @remarks For admins. Judges of a blind category then get the original (text evidence with names masked).
   * @throws {404} `nomination.not_found`, `evidence.not_found`, `redacted_copy.not_found`
   */
  @ApiNoContentResponse()
  @Delete('nominations/:id/evidence/:evidenceId/redacted')
  @HttpCode(204)
  @Allow(Role.Admin)
  removeRedacted(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.evidence.removeRedaction(id, evidenceId, user);
  }

  /**
   * Remove an evidence file from a nomination
   * @throws {403} `nomination.not_owner`
   * @throws {404} `nomination.not_found`, `evidence.not_found`
   * @throws {422} `nomination.closed`, `nomination.invalid_state`
   */
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
