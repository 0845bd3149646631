import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendDownload } from '../api-client/api-client';
import { actionable, ApiError } from '../api-client/api-error';
import { tokenOf } from '../auth/session-data';
import { JudgingApi, type JudgeNomination, type Scorecard } from './judging-api';
import {
  conflictPageViewModel,
  myConflictsViewModel,
  myJudgingViewModel,
  nominationPageViewModel,
  readJudgingQuery,
  readScoreForm,
  scoreBody,
  scoreErrors,
  type MyConflictsViewModel,
  type MyJudgingViewModel,
} from './judging.view-model';

const uuid = new ParseUUIDPipe();

const BANNERS: Record<string, string> = {
  draft: 'Your draft is saved. You can change it until you submit your scores.',
  submitted: 'Your scores are submitted.',
};

/**
 * The judge's journey: my judging, reading and scoring a nomination (the scoring form is on the
 * nomination's own page, `/judging/:id`, and posts to `/judging/:id/score`), declaring a
 * conflict of interest, and my conflicts. The API decides who sees what, blind judging included.
 */
@Controller('judging')
export class JudgingController {
  constructor(private readonly api: JudgingApi) {}

  @Get()
  @Render('judging/my-judging')
  async mine(@Query() query: Record<string, unknown>, @Req() req: Request): Promise<MyJudgingViewModel> {
    return myJudgingViewModel(await this.api.assignments(tokenOf(req)), readJudgingQuery(query));
  }

  @Get('conflicts')
  @Render('judging/conflicts')
  async conflicts(@Query('declared') declared: unknown, @Req() req: Request): Promise<MyConflictsViewModel> {
    const assignments = await this.api.assignments(tokenOf(req));
    return myConflictsViewModel(assignments, typeof declared === 'string' ? declared : undefined);
  }

  @Get(':nominationId')
  async nomination(
    @Param('nominationId', uuid) id: string,
    @Query('saved') saved: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const nomination = await this.read(token, id);
    const scorecard = await this.api.scorecard(token, id);
    const peers = await this.peersOf(token, id, scorecard);
    const banner = typeof saved === 'string' ? (BANNERS[saved] ?? null) : null;
    res.render('judging/nomination', nominationPageViewModel({ nomination, scorecard, peers, banner }));
  }

  /** The form lives on the nomination's page. */
  @Get(':nominationId/score')
  scorePage(@Param('nominationId', uuid) id: string, @Res() res: Response) {
    res.redirect(303, `/judging/${id}#scorecard`);
  }

  /** Saves what was typed; "Submit scores" saves it, then submits. */
  @Post(':nominationId/score')
  async score(
    @Param('nominationId', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const nomination = await this.read(token, id);
    const typed = readScoreForm(body, nomination.category.criteria);
    try {
      await this.api.save(token, id, scoreBody(typed));
      if (typed.action === 'submit') await this.api.submit(token, id);
      res.redirect(303, `/judging/${id}?saved=${typed.action === 'submit' ? 'submitted' : 'draft'}`);
    } catch (error) {
      if (!actionable(error)) throw error;
      // Read after the refusal: on a stale save, it is what the other tab or window saved, and
      // the page carries its version, so saving again keeps what was typed, on purpose.
      const scorecard = await this.api.scorecard(token, id);
      const conflict = error.code === 'scorecard.stale';
      res.status(error.status).render(
        'judging/nomination',
        nominationPageViewModel({
          nomination,
          scorecard,
          peers: await this.peersOf(token, id, scorecard),
          typed,
          conflict,
          errors: scoreErrors(error, nomination.category.criteria),
        }),
      );
    }
  }

  @Get(':nominationId/conflict')
  async conflictPage(@Param('nominationId', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const nomination = await this.read(tokenOf(req), id);
    res.render('judging/conflict', conflictPageViewModel({ nomination }));
  }

  @Post(':nominationId/conflict')
  async declare(
    @Param('nominationId', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const nomination = await this.read(token, id);
    const reason = typeof body.reason === 'string' ? body.reason : '';
    try {
      await this.api.declareConflict(token, id, reason);
      res.redirect(303, `/judging/conflicts?declared=${encodeURIComponent(id)}`);
    } catch (error) {
      if (!actionable(error)) throw error;
      res.status(error.status).render('judging/conflict', conflictPageViewModel({ nomination, reason, error }));
    }
  }

  /** The file as the API sends it to this judge: the neutral name in a blind category. */
  @Get(':nominationId/evidence/:evidenceId')
  async evidence(
    @Param('nominationId', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendDownload(res, await this.withAccess(() => this.api.evidence(tokenOf(req), id, evidenceId)));
  }

  private read(token: string, id: string): Promise<JudgeNomination> {
    return this.withAccess(() => this.api.nomination(token, id));
  }

  /**
   * The API answers 404 for a nomination not on the judge's panels, so that ids reveal nothing;
   * to the person that is a page they may not see, not a page that is missing.
   */
  private async withAccess<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && error.code === 'nomination.not_found') {
        throw new ApiError(
          403,
          'judging.not_yours',
          'You can see only the nominations of the panels you sit on.',
          undefined,
        );
      }
      throw error;
    }
  }

  private peersOf(token: string, id: string, scorecard: Scorecard): Promise<Scorecard[]> {
    // The API shows the others' scores only after this judge's own submission, where allowed.
    return scorecard.status === 'submitted' ? this.api.peers(token, id) : Promise.resolve([]);
  }
}
