import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendDownload } from '../api-client/api-client';
import { actionable } from '../api-client/api-error';
import { tokenWithRole, WebRole } from '../auth/session-data';
import { AuditingApi, type Programme } from './auditing-api';
import { readTrailForm, trailErrors, trailQuery, trailViewModel, type TrailForm } from './auditing.view-model';

/** The API lets admins read the trail too; these pages are the auditor's and the admin's. */
const readerToken = (req: Request): string =>
  tokenWithRole(req, [WebRole.Auditor, WebRole.Admin], 'These pages are for auditors reading the audit trail.');
const HOME_TIME_ZONE = 'Europe/London';

/** The auditor's pages: the trail filtered and paged, the chain's check, the filtered trail as CSV. */
@Controller('auditing')
export class AuditingController {
  constructor(private readonly api: AuditingApi) {}

  /** Filters are a GET form, so a filtered page is a link to share and works without JavaScript. */
  @Get()
  async trail(@Query() raw: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const token = readerToken(req);
    const form = readTrailForm(raw);
    const [programmes, verification] = await Promise.all([this.api.programmes(token), this.api.verification(token)]);
    const read = trailQuery(form, zoneOf(programmes, form));
    if ('errors' in read) {
      return res
        .status(400)
        .render('auditing/trail', trailViewModel({ programmes, form, verification, errors: read.errors }));
    }
    try {
      const page = await this.api.trail(token, read.query);
      res.render('auditing/trail', trailViewModel({ programmes, form, page, verification }));
    } catch (error) {
      if (!actionable(error)) throw error;
      res
        .status(error.status)
        .render('auditing/trail', trailViewModel({ programmes, form, verification, errors: trailErrors(error) }));
    }
  }

  /** Check the chain now; the page shows the result with its time. */
  @Post('verification')
  async verify(@Req() req: Request, @Res() res: Response) {
    await this.api.verifyNow(readerToken(req));
    res.redirect(303, '/auditing');
  }

  /** The filtered trail as the API streams it (CSV, with its name); the API audits the export. */
  @Get('export')
  async export(@Query() raw: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const token = readerToken(req);
    const form = readTrailForm(raw);
    const programmes = await this.api.programmes(token);
    const read = trailQuery({ ...form, before: '' }, zoneOf(programmes, form));
    if ('errors' in read) {
      const verification = await this.api.verification(token);
      return res
        .status(400)
        .render('auditing/trail', trailViewModel({ programmes, form, verification, errors: read.errors }));
    }
    const { before: _before, ...filter } = read.query;
    try {
      sendDownload(res, await this.api.export(token, filter));
    } catch (error) {
      if (!actionable(error)) throw error;
      const verification = await this.api.verification(token);
      res
        .status(error.status)
        .render('auditing/trail', trailViewModel({ programmes, form, verification, errors: trailErrors(error) }));
    }
  }
}

/** Dates are read in the chosen programme's time zone. */
function zoneOf(programmes: Programme[], form: TrailForm): string {
  return programmes.find((p) => p.id === form.programmeId)?.timeZone ?? HOME_TIME_ZONE;
}
