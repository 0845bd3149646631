import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendDownload } from '../api-client/api-client';
import { actionable, ApiError } from '../api-client/api-error';
import { tokenOf, tokenWithRole, WebRole } from '../auth/session-data';
import { DirectingApi, type Category, type Outcomes, type Programme } from './directing-api';
import {
  announcementAt,
  announcementViewModel,
  directingViewModel,
  isDirected,
  outcomesErrors,
  outcomesViewModel,
  previewViewModel,
  readOutcomesForm,
  readScheduleForm,
  scheduleErrors,
  type DirectingViewModel,
  type PreviewViewModel,
} from './directing.view-model';

const uuid = new ParseUUIDPipe();
const directorToken = (req: Request): string =>
  tokenWithRole(
    req,
    [WebRole.Director],
    'These pages are for directors approving outcomes and making the announcement.',
  );

/**
 * The director's pages: each category's outcomes to approve or return, and the programme's
 * announcement. The API decides every action; these pages are for directors, so anyone else
 * gets the 403 page before a call is made (and the API would refuse them anyway).
 */
@Controller('directing')
export class DirectingController {
  constructor(private readonly api: DirectingApi) {}

  @Get()
  @Render('directing/programmes')
  async home(@Req() req: Request): Promise<DirectingViewModel> {
    const token = directorToken(req);
    const programmes = (await this.api.programmes(token)).filter(isDirected);
    return directingViewModel(await Promise.all(programmes.map((p) => this.withOutcomes(token, p))));
  }

  @Get('categories/:categoryId/outcomes')
  async outcomesPage(@Param('categoryId', uuid) categoryId: string, @Req() req: Request, @Res() res: Response) {
    const token = directorToken(req);
    res.render('directing/outcomes', outcomesViewModel(await this.loadOutcomes(token, categoryId)));
  }

  @Post('categories/:categoryId/outcomes')
  async decide(
    @Param('categoryId', uuid) categoryId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = directorToken(req);
    const form = readOutcomesForm(body);
    try {
      if (form.action === 'approve') await this.api.approve(token, categoryId, Number(form.version));
      else if (form.action === 'return')
        await this.api.returnToChair(token, categoryId, Number(form.version), form.comment);
      else throw new ApiError(400, undefined, 'Choose "Approve outcomes" or "Return to the chair"', undefined);
      res.redirect(303, `/directing/categories/${categoryId}/outcomes`);
    } catch (error) {
      if (!actionable(error)) throw error;
      // Read again: after a stale approval this is the chair's new proposal, with its version.
      const loaded = await this.loadOutcomes(token, categoryId);
      res.status(error.status).render(
        'directing/outcomes',
        outcomesViewModel({
          ...loaded,
          comment: form.comment,
          stale: error.status === 409 && error.code === 'proposal.stale',
          errors: outcomesErrors(error, form),
        }),
      );
    }
  }

  @Get('programmes/:programmeId/announcement')
  async announcementPage(
    @Param('programmeId', uuid) programmeId: string,
    @Query('announce') announce: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = directorToken(req);
    const loaded = await this.loadAnnouncement(token, programmeId);
    res.render('directing/announcement', announcementViewModel({ ...loaded, confirmNow: announce === 'now' }));
  }

  @Post('programmes/:programmeId/announcement')
  async announce(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = directorToken(req);
    const form = readScheduleForm(body);
    const action = body.action;
    try {
      if (action === 'cancel') await this.api.cancel(token, programmeId);
      else if (action === 'now') await this.api.schedule(token, programmeId);
      else {
        const read = announcementAt(form);
        if ('errors' in read) {
          const loaded = await this.loadAnnouncement(token, programmeId);
          return res
            .status(400)
            .render('directing/announcement', announcementViewModel({ ...loaded, form, errors: read.errors }));
        }
        await this.api.schedule(token, programmeId, read.at);
      }
      res.redirect(303, `/directing/programmes/${programmeId}/announcement`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const loaded = await this.loadAnnouncement(token, programmeId);
      res
        .status(error.status)
        .render('directing/announcement', announcementViewModel({ ...loaded, form, errors: scheduleErrors(error) }));
    }
  }

  /** The API decides who sees it: directors, admins and the programme's chairs. */
  @Get('programmes/:programmeId/announcement/preview')
  @Render('directing/preview')
  async preview(@Param('programmeId', uuid) programmeId: string, @Req() req: Request): Promise<PreviewViewModel> {
    const token = tokenOf(req);
    const preview = await this.api.preview(token, programmeId);
    return previewViewModel(await this.api.programme(token, programmeId), preview);
  }

  /** The certificate as the API streams it, with its name (Content-Disposition) and size. */
  @Get('programmes/:programmeId/certificates/:nominationId')
  async certificate(
    @Param('programmeId', uuid) programmeId: string,
    @Param('nominationId', uuid) nominationId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendDownload(res, await this.api.certificate(directorToken(req), programmeId, nominationId));
  }

  private async withOutcomes(
    token: string,
    programme: Programme,
  ): Promise<{ programme: Programme; categories: { category: Category; outcomes: Outcomes }[] }> {
    const categories = await this.api.categories(token, programme.id);
    return {
      programme,
      categories: await Promise.all(
        categories.map(async (category) => ({ category, outcomes: await this.api.outcomes(token, category.id) })),
      ),
    };
  }

  private async loadOutcomes(token: string, categoryId: string) {
    const category = await this.api.category(token, categoryId);
    const [programme, outcomes, results] = await Promise.all([
      this.api.programme(token, category.programmeId),
      this.api.outcomes(token, categoryId),
      this.api.results(token, categoryId),
    ]);
    return { programme, category, outcomes, results };
  }

  private async loadAnnouncement(token: string, programmeId: string) {
    const [programme, announcement] = await Promise.all([
      this.api.programme(token, programmeId),
      this.api.announcement(token, programmeId),
    ]);
    const { categories } = await this.withOutcomes(token, programme);
    const certificates =
      announcement?.status === 'published' ? await this.api.certificates(token, programmeId) : undefined;
    return { programme, categories, announcement, certificates };
  }
}
