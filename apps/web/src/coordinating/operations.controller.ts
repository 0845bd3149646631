import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { contentDisposition } from '@commend/core';
import { actionable, toPageErrors } from '../api-client/api-error';
import { coordinatorToken } from './coordinator-token';
import { OperationsApi } from './operations-api';
import { notificationsViewModel, peopleViewModel, personExportFileName, readPersonForm } from './operations.view-model';

const uuid = new ParseUUIDPipe();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A programme filter from a query or a form: an id, or none for every programme. */
function programmeOf(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

/**
 * The coordinator's operations: failed notifications to re-send, and subject access. These
 * pages are for admins, so anyone else gets the 403 page before a call is made (the API
 * would refuse them anyway).
 */
@Controller('coordinating')
export class OperationsController {
  constructor(private readonly api: OperationsApi) {}

  @Get('notifications')
  async notifications(
    @Query('programmeId') programmeId: unknown,
    @Query('resent') resent: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const filter = programmeOf(programmeId);
    const [programmes, page] = await Promise.all([
      this.api.programmes(token),
      this.api.failedNotifications(token, filter),
    ]);
    const count = typeof resent === 'string' && /^\d{1,6}$/.test(resent) ? Number(resent) : undefined;
    res.render(
      'coordinating/operations/notifications',
      notificationsViewModel({ programmes, programmeId: filter, page, resent: count }),
    );
  }

  /** Re-send every failed message the list shows (of the programme filtered on, or all). */
  @Post('notifications/resend')
  async resendAll(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const filter = programmeOf(body.programmeId);
    const { resent } = await this.api.resendAll(token, filter);
    res.redirect(303, backToList(filter, resent));
  }

  @Post('notifications/:notificationId/resend')
  async resend(
    @Param('notificationId', uuid) notificationId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const filter = programmeOf(body.programmeId);
    try {
      await this.api.resend(token, notificationId);
      res.redirect(303, backToList(filter, 1));
    } catch (error) {
      // Already re-sent (by another admin, or a second press): the list as it is now says so.
      if (actionable(error) && error.status === 409) return res.redirect(303, backToList(filter, 0));
      throw error;
    }
  }

  @Get('people')
  people(@Req() req: Request, @Res() res: Response) {
    coordinatorToken(req);
    res.render('coordinating/operations/people', peopleViewModel({}));
  }

  /** Look a person up: the summary of what is held. The API audits the look-up as an export. */
  @Post('people')
  async findPerson(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const { email } = readPersonForm(body);
    try {
      const held = await this.api.personExport(token, email);
      res.render('coordinating/operations/people', peopleViewModel({ email, held }));
    } catch (error) {
      if (!actionable(error)) throw error;
      res
        .status(error.status)
        .render('coordinating/operations/people', peopleViewModel({ email, errors: toPageErrors(error) }));
    }
  }

  /** The whole export as a JSON file, straight from the API's answer; nothing is kept here. */
  @Post('people/export')
  async downloadPerson(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const { email } = readPersonForm(body);
    try {
      const held = await this.api.personExport(token, email);
      res.set({
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': contentDisposition(personExportFileName(held.email, new Date())),
        'Cache-Control': 'no-store',
      });
      res.send(JSON.stringify(held, null, 2));
    } catch (error) {
      if (!actionable(error)) throw error;
      res
        .status(error.status)
        .render('coordinating/operations/people', peopleViewModel({ email, errors: toPageErrors(error) }));
    }
  }
}

function backToList(programmeId: string | undefined, resent: number): string {
  const query = new URLSearchParams({ ...(programmeId ? { programmeId } : {}), resent: String(resent) });
  return `/coordinating/notifications?${query.toString()}`;
}
