import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { actionable } from '../api-client/api-error';
import { tokenOf } from '../auth/session-data';
import { ChairingApi } from './chairing-api';
import {
  chairingViewModel,
  OUTCOME_CANDIDATES,
  outcomesBody,
  outcomesErrors,
  outcomesViewModel,
  progressViewModel,
  readOutcomesForm,
  reopenErrors,
  resultsPage,
  resultsViewModel,
  scorecardsViewModel,
  type ChairingViewModel,
} from './chairing.view-model';

const uuid = new ParseUUIDPipe();
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The chair's journey: the panels they chair, each category's results (with the charts), its
 * judging progress with reminders, a nomination's scorecards to reopen, and the outcomes they
 * propose. The API decides who may see each (the category's chair; 403 for anyone else).
 */
@Controller('chairing')
export class ChairingController {
  constructor(private readonly api: ChairingApi) {}

  @Get()
  @Render('chairing/panels')
  async panels(@Req() req: Request): Promise<ChairingViewModel> {
    const model = chairingViewModel((await this.api.assignments(tokenOf(req))).categories);
    // A judge who chairs no panel has no chair's page, as the API refuses them every chair's call.
    if (model.categories.length === 0) throw new ForbiddenException();
    return model;
  }

  /**
   * One API call, for the page of the ranking shown (ranks stay the whole category's): 2,000
   * nominations cost the page no more than 50 do, beyond the API's own SQL.
   */
  @Get('categories/:categoryId/results')
  async results(
    @Param('categoryId', uuid) categoryId: string,
    @Query('page') requested: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const { page, limit, offset } = resultsPage(requested);
    const results = await this.api.results(tokenOf(req), categoryId, { limit, offset });
    const last = Math.max(1, Math.ceil(results.nominationsTotal / limit));
    if (page > last) return res.redirect(303, `/chairing/categories/${categoryId}/results?page=${last}`);
    res.render('chairing/results', resultsViewModel(results, page));
  }

  @Get('categories/:categoryId/progress')
  async progress(
    @Param('categoryId', uuid) categoryId: string,
    @Query('reminded') reminded: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    // The judges' figures are the whole category's whatever the page: one nomination is enough.
    const results = await this.api.results(tokenOf(req), categoryId, { limit: 1, offset: 0 });
    res.render('chairing/progress', progressViewModel(results, { reminded }));
  }

  @Post('categories/:categoryId/progress/remind')
  async remind(
    @Param('categoryId', uuid) categoryId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const member = text(body.panelMemberId);
    if (!isUuid(member)) {
      const results = await this.api.results(token, categoryId);
      const errors = { summary: [{ text: 'Choose the panel member to remind' }], fields: {} };
      return res.status(400).render('chairing/progress', progressViewModel(results, { errors }));
    }
    try {
      await this.api.remind(token, categoryId, member);
      res.redirect(303, `/chairing/categories/${categoryId}/progress?reminded=${member}`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const results = await this.api.results(token, categoryId);
      res
        .status(error.status)
        .render(
          'chairing/progress',
          progressViewModel(results, { errors: { summary: [{ text: error.message }], fields: {} } }),
        );
    }
  }

  @Get('categories/:categoryId/scorecards')
  async scorecards(
    @Param('categoryId', uuid) categoryId: string,
    @Query('nomination', uuid) nominationId: string,
    @Query('reopened') reopened: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const { panel, ...loaded } = await this.loadScorecards(tokenOf(req), categoryId, nominationId);
    const reopenedName = panel.members.find((m) => reopened && m.userId === reopened)?.name ?? undefined;
    res.render('chairing/scorecards', scorecardsViewModel({ categoryId, ...loaded, reopenedName }));
  }

  @Post('categories/:categoryId/scorecards/:judgeId/reopen')
  async reopen(
    @Param('categoryId', uuid) categoryId: string,
    @Param('judgeId', uuid) judgeId: string,
    @Query('nomination', uuid) nominationId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    // The nomination must be of this category before anything is changed on it.
    const { panel: _panel, ...loaded } = await this.loadScorecards(token, categoryId, nominationId);
    const reason = text(body.reason);
    try {
      await this.api.reopen(token, nominationId, judgeId, reason);
      res.redirect(303, `/chairing/categories/${categoryId}/scorecards?nomination=${nominationId}&reopened=${judgeId}`);
    } catch (error) {
      if (!actionable(error)) throw error;
      res.status(error.status).render(
        'chairing/scorecards',
        scorecardsViewModel({
          categoryId,
          ...loaded,
          typed: { judgeId, reason },
          errors: reopenErrors(error, judgeId),
        }),
      );
    }
  }

  @Get('categories/:categoryId/outcomes')
  async outcomesPage(@Param('categoryId', uuid) categoryId: string, @Req() req: Request, @Res() res: Response) {
    const loaded = await this.loadOutcomes(tokenOf(req), categoryId);
    res.render('chairing/outcomes', outcomesViewModel(loaded));
  }

  @Post('categories/:categoryId/outcomes')
  async propose(
    @Param('categoryId', uuid) categoryId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const loaded = await this.loadOutcomes(token, categoryId);
    const offered = outcomesViewModel(loaded).nominations.map((n) => n.id);
    const form = readOutcomesForm(body, offered);
    const sent = outcomesBody(form);
    try {
      await this.api.propose(token, categoryId, sent);
      res.redirect(303, `/chairing/categories/${categoryId}/outcomes`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const references = new Map(loaded.results.nominations.map((n) => [n.id, n.reference]));
      // After a stale save the form carries the current version: proposing again keeps what was typed.
      const kept = error.status === 409 ? { ...form, version: String(loaded.outcomes.version) } : form;
      res.status(error.status).render(
        'chairing/outcomes',
        outcomesViewModel({
          ...loaded,
          form: kept,
          tieRefused: error.code === 'outcomes.tie_break_needed',
          errors: outcomesErrors(error, sent, references),
        }),
      );
    }
  }

  private async loadScorecards(token: string, categoryId: string, nominationId: string) {
    // The panel first: only its chair (or an admin) may read it, so anyone else gets the 403 page
    // before the nomination is looked up (which would tell a judge of another panel 404).
    const panel = await this.api.panel(token, categoryId);
    const nomination = await this.api.nomination(token, nominationId);
    if (nomination.categoryId !== categoryId) throw new ForbiddenException();
    const [scorecards, programme] = await Promise.all([
      this.api.scorecards(token, nominationId),
      this.api.programme(token, nomination.programmeId),
    ]);
    return { panel, nomination, scorecards, timeZone: programme.timeZone };
  }

  private async loadOutcomes(token: string, categoryId: string) {
    // The results first: they say whether this person may see the category at all. Only the
    // candidates offered are read, and any nomination already given an outcome.
    const top = await this.api.results(token, categoryId, { limit: OUTCOME_CANDIDATES, offset: 0 });
    const [outcomes, category] = await Promise.all([
      this.api.outcomes(token, categoryId),
      this.api.category(token, categoryId),
    ]);
    const [results, programme] = await Promise.all([
      this.api.withNominations(
        token,
        categoryId,
        top,
        outcomes.outcomes.map((o) => o.nominationId),
      ),
      this.api.programme(token, category.programmeId),
    ]);
    return { results, outcomes, timeZone: programme.timeZone };
  }
}
