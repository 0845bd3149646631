import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendDownload } from '../api-client/api-client';
import { actionable, ApiError } from '../api-client/api-error';
import { coordinatorToken } from './coordinator-token';
import { ScreeningApi, type Nomination } from './screening-api';
import {
  consentBody,
  consentErrors,
  consentViewModel,
  queueViewModel,
  readConsentForm,
  readRedactionForm,
  readScreeningForm,
  redactedEvidenceErrors,
  redactedEvidenceField,
  redactionChanges,
  redactionField,
  redactionViewModel,
  screeningErrors,
  screeningViewModel,
} from './screening.view-model';

const uuid = new ParseUUIDPipe();

/**
 * Screening: a category's queue, one nomination's decision (findings shown masked, in place;
 * possible duplicates flagged), the redacted copies judges of a blind category read, and the
 * nominee's publicity consent. The API decides every action; these routes show what it says.
 */
@Controller('coordinating')
export class ScreeningController {
  constructor(private readonly api: ScreeningApi) {}

  @Get('categories/:id/screening')
  async queue(@Param('id', uuid) categoryId: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const category = await this.api.category(token, categoryId);
    const [programme, nominations] = await Promise.all([
      this.api.programme(token, category.programmeId),
      this.allNominations(token, categoryId),
    ]);
    res.render('coordinating/screening/queue', queueViewModel({ programme, category, nominations }));
  }

  @Get('nominations/:id/screening')
  async screeningPage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const loaded = await this.load(coordinatorToken(req), id);
    res.render('coordinating/screening/nomination', screeningViewModel(loaded));
  }

  @Post('nominations/:id/screening')
  async screen(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const form = readScreeningForm(body);
    try {
      const screened = await this.api.screen(token, id, form.decision, form.reason);
      res.redirect(303, `/coordinating/categories/${screened.categoryId}/screening`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const loaded = await this.load(token, id);
      res
        .status(error.status)
        .render(
          'coordinating/screening/nomination',
          screeningViewModel({ ...loaded, form, errors: screeningErrors(error) }),
        );
    }
  }

  @Get('nominations/:id/redaction')
  async redactionPage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const loaded = await this.load(coordinatorToken(req), id);
    res.render('coordinating/screening/redaction', redactionViewModel({ ...loaded, csrfToken: csrf(res) }));
  }

  /** Each statement's box is saved in turn; an emptied box removes that redacted copy. */
  @Post('nominations/:id/redaction')
  async redact(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const loaded = await this.load(token, id);
    const typed = readRedactionForm(body, loaded.category);
    for (const { criterionId, text } of redactionChanges(loaded.nomination, typed)) {
      try {
        await this.api.redact(token, id, criterionId, text);
      } catch (error) {
        if (!actionable(error)) throw error;
        // The API's message is about its `text` field: here that is this statement's box.
        const field = redactionField(criterionId);
        const messages = error.code === undefined ? error.message.split('; ') : [error.message];
        const errors = {
          summary: messages.map((m) => ({ text: m, href: `#${field}` })),
          fields: { [field]: { text: messages.join('. ') } },
        };
        return res
          .status(error.status)
          .render(
            'coordinating/screening/redaction',
            redactionViewModel({ ...(await this.load(token, id)), csrfToken: csrf(res), typed, errors }),
          );
      }
    }
    res.redirect(303, `/coordinating/nominations/${id}/screening`);
  }

  /**
   * The redacted copy of an evidence file, which judges of a blind category get: the browser's
   * multipart body goes to the API as it arrives; its CSRF token came in the URL.
   */
  @Post('nominations/:id/evidence/:evidenceId/redacted')
  async redactEvidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    try {
      await this.api.uploadRedactedEvidence(token, id, evidenceId, req);
      res.redirect(303, `/coordinating/nominations/${id}/redaction#${redactedEvidenceField(evidenceId)}`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const loaded = await this.load(token, id);
      res
        .status(error.status)
        .render(
          'coordinating/screening/redaction',
          redactionViewModel({ ...loaded, csrfToken: csrf(res), errors: redactedEvidenceErrors(evidenceId, error) }),
        );
    }
  }

  @Get('nominations/:id/evidence/:evidenceId/redacted')
  async redactedEvidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendDownload(res, await this.api.redactedEvidence(coordinatorToken(req), id, evidenceId));
  }

  @Post('nominations/:id/evidence/:evidenceId/redacted/remove')
  async removeRedactedEvidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.api.removeRedactedEvidence(coordinatorToken(req), id, evidenceId);
    res.redirect(303, `/coordinating/nominations/${id}/redaction`);
  }

  @Get('nominations/:id/consent')
  async consentPage(
    @Param('id', uuid) id: string,
    @Query('requested') requested: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const loaded = await this.load(coordinatorToken(req), id);
    res.render('coordinating/screening/consent', consentViewModel({ ...loaded, requested: requested === 'yes' }));
  }

  @Post('nominations/:id/consent')
  async consent(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const form = readConsentForm(body);
    try {
      if (form.action === 'request') {
        await this.api.requestConsent(token, id);
        return res.redirect(303, `/coordinating/nominations/${id}/consent?requested=yes`);
      }
      if (form.decision !== 'given' && form.decision !== 'refused') {
        throw new ApiError(
          400,
          undefined,
          'decision must be given or refused: choose whether the nominee gave consent',
          undefined,
        );
      }
      await this.api.recordConsent(token, id, consentBody(form));
      res.redirect(303, `/coordinating/nominations/${id}/consent`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const loaded = await this.load(token, id);
      res
        .status(error.status)
        .render('coordinating/screening/consent', consentViewModel({ ...loaded, form, errors: consentErrors(error) }));
    }
  }

  private async load(token: string, id: string) {
    const nomination = await this.api.nomination(token, id);
    const category = await this.api.category(token, nomination.categoryId);
    const programme = await this.api.programme(token, category.programmeId);
    return { programme, category, nomination };
  }

  private async allNominations(token: string, categoryId: string): Promise<Nomination[]> {
    const all: Nomination[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await this.api.nominations(token, categoryId, page);
      all.push(...items);
      if (items.length === 0 || all.length >= total) return all;
    }
  }
}

function csrf(res: Response): string {
  return typeof res.locals.csrfToken === 'string' ? res.locals.csrfToken : '';
}
