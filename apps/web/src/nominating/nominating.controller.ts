import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actionable, type PageErrors } from '../api-client/api-error';
import { tokenOf } from '../auth/session-data';
import {
  checkAnswersViewModel,
  chooseCategoryViewModel,
  evidenceViewModel,
  myNominationsViewModel,
  nomineeBody,
  nomineeFormFrom,
  nomineeViewModel,
  nominationViewModel,
  pageErrorsFor,
  readNomineeForm,
  readStatements,
  statementsViewModel,
  type ChooseCategoryViewModel,
  type MyNominationsViewModel,
  type NominationViewModel,
} from './nominating.view-model';
import { NominationsApi, type Nomination } from './nominations-api';

const uuid = new ParseUUIDPipe();

/**
 * The colleague's journey: choose an award, the nominee, the statements, evidence, check your
 * answers (with the privacy check), submit, and their nominations. Every rule is the API's:
 * these routes read forms, call it, and show what it says.
 */
@Controller()
export class NominatingController {
  constructor(private readonly api: NominationsApi) {}

  @Get('nominate')
  @Render('nominating/choose-category')
  async choose(@Req() req: Request): Promise<ChooseCategoryViewModel> {
    const token = tokenOf(req);
    const open = (await this.api.programmes(token)).filter((p) => p.status === 'open');
    const withCategories = await Promise.all(
      open.map(async (programme) => ({ programme, categories: await this.api.categories(token, programme.id) })),
    );
    return chooseCategoryViewModel(withCategories);
  }

  @Get('categories/:categoryId/nominate')
  async startPage(@Param('categoryId', uuid) categoryId: string, @Req() req: Request, @Res() res: Response) {
    const category = await this.api.category(tokenOf(req), categoryId);
    res.render('nominating/nominee', nomineeViewModel({ category }));
  }

  @Post('categories/:categoryId/nominate')
  async start(
    @Param('categoryId', uuid) categoryId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const category = await this.api.category(token, categoryId);
    const form = readNomineeForm(body);
    try {
      const created = await this.api.create(token, categoryId, nomineeBody(form, category));
      res.redirect(303, `/nominations/${created.id}/statements`);
    } catch (error) {
      if (!actionable(error)) throw error;
      res
        .status(error.status)
        .render('nominating/nominee', nomineeViewModel({ category, form, errors: pageErrorsFor(error) }));
    }
  }

  @Get('nominations/:id/nominee')
  async nomineePage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = tokenOf(req);
    const nomination = await this.api.get(token, id);
    const category = await this.api.category(token, nomination.categoryId);
    res.render(
      'nominating/nominee',
      nomineeViewModel({ category, nominationId: id, form: nomineeFormFrom(nomination) }),
    );
  }

  @Post('nominations/:id/nominee')
  async saveNominee(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const nomination = await this.api.get(token, id);
    const category = await this.api.category(token, nomination.categoryId);
    const form = readNomineeForm(body);
    try {
      await this.api.update(token, id, { ...nomineeBody(form, category), version: Number(form.version) });
      res.redirect(303, `/nominations/${id}/check-your-answers`);
    } catch (error) {
      if (!actionable(error)) throw error;
      // After a stale save the page carries the current version: saving again keeps what was typed.
      const kept = { ...form, version: String(nomination.version) };
      res
        .status(error.status)
        .render(
          'nominating/nominee',
          nomineeViewModel({ category, nominationId: id, form: kept, errors: pageErrorsFor(error) }),
        );
    }
  }

  @Get('nominations/:id/statements')
  async statementsPage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const { nomination, category } = await this.draftAndCategory(tokenOf(req), id);
    if (nomination.status !== 'draft') return res.redirect(303, `/nominations/${id}`);
    res.render('nominating/statements', statementsViewModel({ category, nomination }));
  }

  @Post('nominations/:id/statements')
  async saveStatements(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const { nomination, category } = await this.draftAndCategory(token, id);
    const typed = readStatements(body, category);
    try {
      await this.api.update(token, id, { version: Number(body.version), statements: typed });
      res.redirect(303, `/nominations/${id}/evidence`);
    } catch (error) {
      if (!actionable(error)) throw error;
      // `nomination` was read just before this save: on a conflict, it is what the other tab saved.
      res.status(error.status).render(
        'nominating/statements',
        statementsViewModel({
          category,
          nomination,
          typed,
          conflict: error.status === 409,
          errors: pageErrorsFor(error, category),
        }),
      );
    }
  }

  @Get('nominations/:id/evidence')
  async evidencePage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const { nomination, category } = await this.draftAndCategory(tokenOf(req), id);
    if (nomination.status !== 'draft') return res.redirect(303, `/nominations/${id}`);
    res.render('nominating/evidence', evidenceViewModel({ category, nomination, csrfToken: csrf(res) }));
  }

  /** The browser's multipart body goes to the API as it arrives; its CSRF token came in the URL. */
  @Post('nominations/:id/evidence')
  async upload(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = tokenOf(req);
    try {
      await this.api.uploadEvidence(token, id, req);
      res.redirect(303, `/nominations/${id}/evidence`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const { nomination, category } = await this.draftAndCategory(token, id);
      const errors = { summary: [{ text: error.message, href: '#file' }], fields: { file: { text: error.message } } };
      res
        .status(error.status)
        .render('nominating/evidence', evidenceViewModel({ category, nomination, csrfToken: csrf(res), errors }));
    }
  }

  @Post('nominations/:id/evidence/:evidenceId/remove')
  async removeEvidence(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.api.removeEvidence(tokenOf(req), id, evidenceId);
    res.redirect(303, `/nominations/${id}/evidence`);
  }

  /** Runs the API's privacy check each time (it does not change the draft's version). */
  @Get('nominations/:id/check-your-answers')
  async checkAnswers(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = tokenOf(req);
    const [{ findings }, loaded] = await Promise.all([this.api.privacyCheck(token, id), this.load(token, id)]);
    if (loaded.nomination.status !== 'draft') return res.redirect(303, `/nominations/${id}`);
    res.render('nominating/check-your-answers', checkAnswersViewModel({ ...loaded, findings }));
  }

  @Post('nominations/:id/submit')
  async submit(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = tokenOf(req);
    const confirmed = body.confirmPrivacyFindings === 'yes';
    try {
      await this.api.submit(token, id, confirmed);
      res.redirect(303, `/nominations/${id}/confirmation`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const [{ findings }, loaded] = await Promise.all([this.api.privacyCheck(token, id), this.load(token, id)]);
      // Findings to confirm: the error is the confirmation's. Files still being checked: the page says which.
      const href =
        findings.length && error.code !== 'nomination.evidence_being_checked' ? '#confirmPrivacyFindings' : undefined;
      const errors: PageErrors = {
        summary: [{ text: error.message, href }],
        fields: href ? { confirmPrivacyFindings: { text: error.message } } : {},
      };
      res
        .status(error.status)
        .render('nominating/check-your-answers', checkAnswersViewModel({ ...loaded, findings, confirmed, errors }));
    }
  }

  @Get('nominations/:id/confirmation')
  @Render('nominating/confirmation')
  async confirmation(@Param('id', uuid) id: string, @Req() req: Request): Promise<object> {
    const nomination = await this.api.get(tokenOf(req), id);
    return { pageTitle: 'Nomination submitted', reference: nomination.reference, href: `/nominations/${id}` };
  }

  @Get('nominations')
  @Render('nominating/my-nominations')
  async mine(@Req() req: Request): Promise<MyNominationsViewModel> {
    const token = tokenOf(req);
    const nominations = await this.api.mine(token);
    const categoryIds = [...new Set(nominations.map((n) => n.categoryId))];
    const categories = await Promise.all(categoryIds.map((c) => this.api.category(token, c)));
    return myNominationsViewModel(nominations, new Map(categories.map((c) => [c.id, c.name])));
  }

  /** The page a receipt e-mail links to. */
  @Get('nominations/:id')
  @Render('nominating/nomination')
  async nomination(@Param('id', uuid) id: string, @Req() req: Request): Promise<NominationViewModel> {
    return nominationViewModel(await this.load(tokenOf(req), id));
  }

  @Post('nominations/:id/withdraw')
  async withdraw(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = tokenOf(req);
    try {
      await this.api.withdraw(token, id);
      res.redirect(303, `/nominations/${id}`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const model = nominationViewModel(await this.load(token, id));
      res
        .status(error.status)
        .render('nominating/nomination', { ...model, errors: { summary: [{ text: error.message }], fields: {} } });
    }
  }

  private async draftAndCategory(
    token: string,
    id: string,
  ): Promise<{ nomination: Nomination; category: Awaited<ReturnType<NominationsApi['category']>> }> {
    const nomination = await this.api.get(token, id);
    return { nomination, category: await this.api.category(token, nomination.categoryId) };
  }

  private async load(token: string, id: string) {
    const nomination = await this.api.get(token, id);
    const [programme, category] = await Promise.all([
      this.api.programme(token, nomination.programmeId),
      this.api.category(token, nomination.categoryId),
    ]);
    return { nomination, programme, category };
  }
}

function csrf(res: Response): string {
  return typeof res.locals.csrfToken === 'string' ? res.locals.csrfToken : '';
}
