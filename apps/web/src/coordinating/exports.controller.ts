import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendDownload } from '../api-client/api-client';
import { coordinatorToken } from './coordinator-token';
import { ExportsApi } from './exports-api';
import { exportsViewModel, readExport } from './exports.view-model';

/** The coordinator's exports: what each holds, and the downloads streamed through from the API. */
@Controller('coordinating/programmes/:id/exports')
export class ExportsController {
  constructor(private readonly api: ExportsApi) {}

  @Get()
  async exports(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response) {
    const token = coordinatorToken(req);
    const [programme, categories] = await Promise.all([this.api.programme(token, id), this.api.categories(token, id)]);
    res.render('coordinating/exports/exports', exportsViewModel(programme, categories));
  }

  /** Piped as it comes (never buffered whole): a large programme's workbook starts arriving at once. */
  @Get(':kind')
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('kind') kind: string,
    @Query() raw: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = coordinatorToken(req);
    const asked = readExport(kind, raw);
    if (!asked) throw new NotFoundException();
    sendDownload(res, await this.api.download(token, id, asked.kind, asked.format, asked.categoryId));
  }
}
