import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actionable, type PageErrors } from '../api-client/api-error';
import { coordinatorToken } from './coordinator-token';
import { SettingUpApi, type Category, type Programme } from './setting-up-api';
import {
  categoryErrors,
  categoryFields,
  categoryFormOf,
  categoryViewModel,
  checkViewModel,
  coordinatingViewModel,
  copyErrors,
  copyViewModel,
  openErrors,
  programmeErrors,
  programmeFields,
  programmeFormOf,
  programmeViewModel,
  readCategoryForm,
  readCopyForm,
  readProgrammeAction,
  readProgrammeForm,
  transitionViewModel,
  withIdentifierRows,
  withRows,
} from './setting-up.view-model';

const uuid = new ParseUUIDPipe();
const VIEWS = 'coordinating/setting-up';

/**
 * The coordinator's set-up pages: programmes, categories and their criteria, the check before
 * opening, opening, closing and copying. Every rule is the API's; anyone but a coordinator
 * gets the 403 page before a call is made (and the API would refuse them anyway).
 */
@Controller('coordinating')
export class SettingUpController {
  constructor(private readonly api: SettingUpApi) {}

  @Get()
  async home(@Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const programmes = await this.api.programmes(token);
    const items = await Promise.all(
      programmes.map(async (programme) => ({ programme, categories: await this.api.categories(token, programme.id) })),
    );
    res.render(`${VIEWS}/programmes`, coordinatingViewModel(items));
  }

  @Get('programmes/new')
  newProgramme(@Req() req: Request, @Res() res: Response) {
    coordinatorToken(req);
    res.render(`${VIEWS}/programme`, programmeViewModel(programmeFormOf()));
  }

  @Post('programmes/new')
  async createProgramme(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    await this.saveProgramme(coordinatorToken(req), body, res);
  }

  @Get('programmes/:id')
  async editProgramme(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const programme = await this.api.programme(token, id);
    res.render(`${VIEWS}/programme`, programmeViewModel(programmeFormOf(programme), programme));
  }

  @Post('programmes/:id')
  async updateProgramme(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    await this.saveProgramme(token, body, res, await this.api.programme(token, id));
  }

  @Get('programmes/:id/categories/new')
  async newCategory(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const programme = await this.api.programme(token, id);
    res.render(`${VIEWS}/category`, categoryViewModel({ programme, form: categoryFormOf() }));
  }

  @Post('programmes/:id/categories/new')
  async createCategory(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    await this.saveCategory(token, body, res, await this.api.programme(token, id));
  }

  @Get('categories/:id')
  async editCategory(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const category = await this.api.category(token, id);
    const programme = await this.api.programme(token, category.programmeId);
    res.render(`${VIEWS}/category`, categoryViewModel({ programme, category, form: categoryFormOf(category) }));
  }

  @Post('categories/:id')
  async updateCategory(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const category = await this.api.category(token, id);
    await this.saveCategory(token, body, res, await this.api.programme(token, category.programmeId), category);
  }

  @Get('programmes/:id/check')
  async check(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const [programme, readiness, categories] = await Promise.all([
      this.api.programme(token, id),
      this.api.readiness(token, id),
      this.api.categories(token, id),
    ]);
    res.render(`${VIEWS}/check`, checkViewModel(programme, readiness, categories));
  }

  @Get('programmes/:id/open')
  async openPage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    res.render(`${VIEWS}/open`, transitionViewModel(await this.api.programme(token, id), 'open'));
  }

  @Post('programmes/:id/open')
  async open(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    try {
      await this.api.open(token, id);
      res.redirect(303, `/coordinating/programmes/${id}/check`);
    } catch (error) {
      if (!actionable(error)) throw error;
      const programme = await this.api.programme(token, id);
      res
        .status(error.status)
        .render(`${VIEWS}/open`, transitionViewModel(programme, 'open', openErrors(programme, error)));
    }
  }

  @Get('programmes/:id/close')
  async closePage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    res.render(`${VIEWS}/close`, transitionViewModel(await this.api.programme(token, id), 'close'));
  }

  @Post('programmes/:id/close')
  async close(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    try {
      await this.api.close(token, id);
      res.redirect(303, '/coordinating');
    } catch (error) {
      if (!actionable(error)) throw error;
      const programme = await this.api.programme(token, id);
      res
        .status(error.status)
        .render(
          `${VIEWS}/close`,
          transitionViewModel(programme, 'close', { summary: [{ text: error.message }], fields: {} }),
        );
    }
  }

  @Get('programmes/:id/copy')
  async copyPage(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const [programme, categories] = await Promise.all([this.api.programme(token, id), this.api.categories(token, id)]);
    res.render(`${VIEWS}/copy`, copyViewModel(programme, categories, { name: '', referencePrefix: '' }));
  }

  @Post('programmes/:id/copy')
  async copy(
    @Param('id', uuid) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const form = readCopyForm(body);
    const again = async (status: number, errors: ReturnType<typeof copyErrors>) => {
      const [programme, categories] = await Promise.all([
        this.api.programme(token, id),
        this.api.categories(token, id),
      ]);
      res.status(status).render(`${VIEWS}/copy`, copyViewModel(programme, categories, form, errors));
    };
    const missing = copyErrors(form);
    if (missing) return again(400, missing);
    try {
      const copy = await this.api.copy(token, id, form);
      res.redirect(303, `/coordinating/programmes/${copy.id}/check`);
    } catch (error) {
      if (!actionable(error)) throw error;
      await again(error.status, copyErrors(form, error));
    }
  }

  /**
   * Creates a programme, or changes the one given: the form read, the API asked, and on a
   * refusal the page again with what was typed and what is wrong.
   */
  private async saveProgramme(token: string, body: Record<string, unknown>, res: Response, programme?: Programme) {
    const form = readProgrammeForm(body);
    const action = readProgrammeAction(body);
    if (action !== 'save')
      return res.render(`${VIEWS}/programme`, programmeViewModel(withIdentifierRows(form, action), programme));
    const again = (status: number, errors: PageErrors) =>
      res.status(status).render(`${VIEWS}/programme`, programmeViewModel(form, programme, errors));
    const read = programmeFields(form);
    if ('errors' in read) return again(400, read.errors);
    try {
      const saved = programme
        ? await this.api.updateProgramme(token, programme.id, { ...read.fields, version: Number(form.version) })
        : await this.api.createProgramme(token, read.fields);
      res.redirect(303, `/coordinating/programmes/${saved.id}/check`);
    } catch (error) {
      if (!actionable(error)) throw error;
      again(error.status, programmeErrors(error));
    }
  }

  /** Creates a category of the programme, or changes the one given; a row button re-shows the form with its rows changed. */
  private async saveCategory(
    token: string,
    body: Record<string, unknown>,
    res: Response,
    programme: Programme,
    category?: Category,
  ) {
    const { form, action } = readCategoryForm(body);
    if (action !== 'save')
      return res.render(`${VIEWS}/category`, categoryViewModel({ programme, category, form: withRows(form, action) }));
    const again = (status: number, errors: PageErrors) =>
      res.status(status).render(`${VIEWS}/category`, categoryViewModel({ programme, category, form, errors }));
    const read = categoryFields(form);
    if ('errors' in read) return again(400, read.errors);
    try {
      if (category)
        await this.api.updateCategory(token, category.id, { ...read.fields, version: Number(form.version) });
      else await this.api.createCategory(token, programme.id, read.fields);
      res.redirect(303, `/coordinating/programmes/${programme.id}/check`);
    } catch (error) {
      if (!actionable(error)) throw error;
      again(error.status, categoryErrors(error));
    }
  }
}
