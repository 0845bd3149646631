import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { EXPORT_CONTENT, ExportQueryDto, exportHeaders, exportStream } from '@commend/core';
import { ResultsExportService } from './results-export.service';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('programmes/:id/exports')
@Allow(Role.Admin)
export class ResultsExportController {
  constructor(private readonly exports: ResultsExportService) {}

  /**
   * The results of a programme, or of one of its categories, with every judge's scores, as CSV or an Excel workbook (one sheet per category)
   * @remarks Per nomination: rank, weighted score, spread, normalised score and rank, tie, and one column per judge (their weighted total, by name), as the results page ranks them. Personal data; the download is audited (`results.exported`).
   * @throws {400} A format other than csv or xlsx, or a categoryId that is not an id
   * @throws {404} No such programme, or the category is not one of its: `programme.not_found`, `category.not_found`
   */
  @ApiOkResponse({ description: 'The export, as the format asked for', content: EXPORT_CONTENT })
  @Get('results')
  async results(
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
