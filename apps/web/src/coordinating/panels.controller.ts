import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actionable, ApiError, type PageErrors } from '../api-client/api-error';
import { coordinatorToken } from './coordinator-token';
import { PanelsApi, type Person } from './panels-api';
import {
  memberInput,
  membersFor,
  panelErrors,
  panelViewModel,
  readPanelForm,
  type PanelForm,
} from './panels.view-model';

const uuid = new ParseUUIDPipe();

/**
 * A category's panel: members with their chair mark and team (for the API's conflict check),
 * added from the people who have signed in or by e-mail, and the panel copied to other
 * categories (one `PUT /categories/:id/panel` per category chosen). Every rule is the API's.
 */
@Controller('coordinating/categories/:id/panel')
export class PanelsController {
  constructor(private readonly api: PanelsApi) {}

  /** The search is a GET form: it changes nothing, and its results can be bookmarked. */
  @Get()
  async page(
    @Param('id', uuid) categoryId: string,
    @Query('search') search: string | undefined,
    @Query('copied') copied: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const form = { ...readPanelForm({}), search: (search ?? '').trim() };
    let people: Person[] | null = null;
    let errors: PageErrors | undefined;
    if (search !== undefined) {
      try {
        people = await this.api.people(token, form.search);
      } catch (error) {
        if (!actionable(error)) throw error;
        errors = { summary: [{ text: error.message, href: '#search' }], fields: { search: { text: error.message } } };
      }
    }
    const loaded = await this.load(token, categoryId);
    const copiedCount = copied !== undefined && /^\d+$/.test(copied) ? Number(copied) : undefined;
    res
      .status(errors ? 400 : 200)
      .render('coordinating/panels/panel', panelViewModel({ ...loaded, people, copied: copiedCount, form, errors }));
  }

  @Post()
  async change(
    @Param('id', uuid) categoryId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const form = readPanelForm(body);
    const loaded = await this.load(token, categoryId);
    try {
      if (form.action === 'copy') {
        const copied = await this.copy(token, form, loaded);
        return res.redirect(303, `/coordinating/categories/${categoryId}/panel?copied=${copied}`);
      }
      if (form.action === 'add' && !form.person)
        throw new ApiError(400, undefined, 'Choose a person to add', undefined);
      if (form.action === 'add-email' && !form.email) {
        throw new ApiError(400, undefined, 'Enter the e-mail address of the person to add', undefined);
      }
      await this.api.setPanel(token, categoryId, membersFor(form, loaded.panel));
      res.redirect(303, `/coordinating/categories/${categoryId}/panel`);
    } catch (error) {
      if (!actionable(error)) throw error;
      // The search results stay on the page, so the person can pick again.
      const people =
        form.action === 'add' && form.search ? await this.api.people(token, form.search).catch(() => null) : null;
      res
        .status(error.status)
        .render(
          'coordinating/panels/panel',
          panelViewModel({ ...loaded, people, form, errors: panelErrors(error, form.action) }),
        );
    }
  }

  /** The stored panel, not the form, is what is copied: one PUT per category chosen. */
  private async copy(token: string, form: PanelForm, loaded: Awaited<ReturnType<PanelsController['load']>>) {
    const targets = loaded.categories.filter((c) => c.id !== loaded.category.id && form.copyTo.includes(c.id));
    if (targets.length === 0)
      throw new ApiError(400, undefined, 'Choose at least one category to copy this panel to', undefined);
    if (loaded.panel.members.length === 0) {
      throw new ApiError(400, undefined, 'This panel has no members yet: add them before copying it', undefined);
    }
    const members = loaded.panel.members.map(memberInput);
    for (const target of targets) {
      try {
        await this.api.setPanel(token, target.id, members);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        throw new ApiError(error.status, error.code, `${target.name}: ${error.message}`, error.details);
      }
    }
    return targets.length;
  }

  private async load(token: string, categoryId: string) {
    const category = await this.api.category(token, categoryId);
    const [programme, categories, panel] = await Promise.all([
      this.api.programme(token, category.programmeId),
      this.api.categories(token, category.programmeId),
      this.api.panel(token, categoryId),
    ]);
    return { programme, category, categories, panel };
  }
}
