import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { coordinatorToken } from './coordinator-token';
import { DashboardApi } from './dashboard-api';
import { dashboardViewModel } from './dashboard.view-model';

/** The programme dashboard: the API's counts drawn as a chart and tables, for coordinators. */
@Controller('coordinating')
export class DashboardController {
  constructor(private readonly api: DashboardApi) {}

  @Get('programmes/:id/dashboard')
  async dashboard(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const [programme, dashboard] = await Promise.all([this.api.programme(token, id), this.api.dashboard(token, id)]);
    res.render('coordinating/dashboard/dashboard', dashboardViewModel(programme, dashboard, new Date()));
  }
}
