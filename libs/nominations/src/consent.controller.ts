import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@commend/auth';
import { AcceptsBody, toErrorBody } from '@commend/core';
import { consentPage, consentProblemPage } from './consent-page';
import { ConsentService } from './consent.service';
import { NomineeConsentView } from './dto/nomination-view.dto';
import { ConsentLinkQueryDto, NomineeConsentDto } from './dto/nomination.dto';

/**
 * The nominee's consent link: no sign-in (a nominee may have no account), the signed token
 * is the credential. The token travels in the query or the body, never the path, so request
 * logs (which keep the path only) never hold it. JSON for the browser app and integrations;
 * a plain page with a form for a browser opening the link from the e-mail.
 */
const consentContent = {
  'application/json': { schema: { $ref: getSchemaPath(NomineeConsentView) } },
  'text/html': { schema: { type: 'string' } },
};

@ApiTags('consent')
@ApiExtraModels(NomineeConsentView)
@Controller('public/consent')
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  /**
   * What a consent link asks about, and the answer so far
   * @remarks JSON, or a plain page with the form for a browser (`Accept: text/html`).
   * @throws {404} A link we did not sign: `consent.link_invalid`
   * @throws {422} The winners are announced: `consent.closed`
   */
  @ApiOkResponse({ content: consentContent })
  @Get()
  @Public()
  async view(@Query() query: ConsentLinkQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, () => this.consent.forLink(query.token), query.token, false);
  }

  /**
   * The nominee's answer: give or refuse publicity consent
   * @remarks Again to change it, until the announcement fires. JSON, or the page's form.
   * @throws {404} `consent.link_invalid`
   * @throws {422} `consent.closed`
   */
  @ApiOkResponse({ content: consentContent })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @Post()
  @HttpCode(200)
  @Public()
  @AcceptsBody('application/json', 'application/x-www-form-urlencoded') // the page's form posts without JavaScript
  async decide(@Body() dto: NomineeConsentDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, () => this.consent.decideByLink(dto.token, dto.decision), dto.token, true);
  }

  private async answer(
    req: Request,
    res: Response,
    act: () => Promise<NomineeConsentView>,
    token: string,
    answered: boolean,
  ): Promise<void> {
    res.vary('Accept').set('Cache-Control', 'no-store');
    if (req.accepts(['json', 'html']) !== 'html') {
      res.json(await act()); // errors go to the global filter
      return;
    }
    try {
      res.type('html').send(consentPage(await act(), token, answered));
    } catch (error) {
      const body = toErrorBody(error);
      if (body.statusCode >= 500) throw error;
      res.status(body.statusCode).type('html').send(consentProblemPage(body.message));
    }
  }
}
