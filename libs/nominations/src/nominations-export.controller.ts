import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { EXPORT_CONTENT, ExportQueryDto, exportHeaders, exportStream } from '@commend/core';
import { NominationsExportService } from './nominations-export.service';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('programmes/:id/exports')
@Allow(Role.Admin)
export class NominationsExportController {
  constructor(private readonly exports: NominationsExportService) {}

  /**
   * The nominations of a programme, or of one of its categories, with their statements, as CSV or an Excel workbook (one sheet per category)
   * @remarks Every nomination but drafts: reference, category, nominee (or team and its members), nominator, status, submitted, screening decision and reason, publicity consent, then one column per criterion holding the statement. Personal data; the download is audited (`nominations.exported`).
   * @throws {400} A format other than csv or xlsx, or a categoryId that is not an id
   * @throws {404} No such programme, or the category is not one of its: `programme.not_found`, `category.not_found`
   */
  @ApiOkResponse({ description: 'The export, as the format asked for', content: EXPORT_CONTENT })
  @Get('nominations')
  async nominations(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const prepared = await this.exports.prepare(id, query.categoryId, query.format, user);
    res.set(exportHeaders(prepared.fileName, query.format));
    return new StreamableFile(exportStream(prepared.sheets, query.format));
  }
}
