import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow, CurrentUser, Public, Role, type AuthUser } from '@commend/auth';
import { setDownloadHeaders, storedFileBody } from '@commend/core';
import { AnnouncementsService } from './announcements.service';
import { PublicWinners, type AnnouncementPreview, type AnnouncementView } from './dto/announcement-views.dto';
import { ScheduleAnnouncementDto } from './dto/schedule-announcement.dto';
import type { Certificate } from './entities/certificate.entity';

const uuid = new ParseUUIDPipe();

@ApiTags('announcement')
@ApiBearerAuth()
@ApiExtraModels(PublicWinners)
@Controller()
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  /**
   * Announce the winners now, or schedule the announcement at `at`
   * @remarks Again to reschedule, until it fires. Needs every category's outcomes approved.
   * @throws {400} A time that cannot be read or is past: `announcement.invalid_time`, `announcement.past`
   * @throws {404} `programme.not_found`
   * @throws {409} Already published: `announcement.already_published`
   * @throws {422} Not every category has approved outcomes: `announcement.not_decided`
   */
  @Post('programmes/:id/announcement')
  @HttpCode(200)
  @Allow(Role.Director)
  schedule(
    @Param('id', uuid) id: string,
    @Body() dto: ScheduleAnnouncementDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AnnouncementView> {
    return this.announcements.schedule(id, dto.at, user);
  }

  /**
   * Cancel a scheduled announcement before it fires
   * @throws {404} `announcement.not_found`
   * @throws {409} Already published: `announcement.already_published`
   */
  @Delete('programmes/:id/announcement')
  @Allow(Role.Director)
  cancel(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<AnnouncementView> {
    return this.announcements.cancel(id, user);
  }

  /**
   * Read the announcement: when it fires, its text once published, and how its messages went
   * @throws {404} `announcement.not_found`
   */
  @Get('programmes/:id/announcement')
  @Allow(Role.Director, Role.Admin)
  get(@Param('id', uuid) id: string): Promise<AnnouncementView> {
    return this.announcements.get(id);
  }

  /**
   * Preview the announcement before it fires: the page as it will be published and the plain text of every outcome e-mail
   * @remarks Rendered by the same code the worker publishes with, from the approved outcomes as they are now.
   * @throws {403} Not a director, an admin, or a chair of one of the programme's panels: `announcement.preview_forbidden`
   * @throws {404} `programme.not_found`
   * @throws {422} Not every category has approved outcomes: `announcement.not_decided`
   */
  @Get('programmes/:id/announcement/preview')
  @Allow(Role.Director, Role.Admin, Role.Chair)
  preview(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<AnnouncementPreview> {
    return this.announcements.preview(id, user);
  }

  /** List the certificates made for the winners and commended nominees */
  @Get('programmes/:id/certificates')
  @Allow(Role.Director, Role.Admin)
  certificates(@Param('id', uuid) id: string): Promise<Certificate[]> {
    return this.announcements.certificates(id);
  }

  /**
   * Download a certificate PDF (audited)
   * @throws {404} `certificate.not_found`; its bytes gone from storage: `stored_file.not_found`
   */
  @ApiOkResponse({
    description: 'The certificate',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @Get('programmes/:id/certificates/:nominationId')
  @Allow(Role.Director, Role.Admin)
  async certificate(
    @Param('id', uuid) id: string,
    @Param('nominationId', uuid) nominationId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { certificate, stream } = await this.announcements.certificate(id, nominationId, user);
    setDownloadHeaders(res, { fileName: certificate.fileName, mediaType: 'application/pdf', size: certificate.size });
    return storedFileBody(stream);
  }

  /**
   * The winners, for everyone, once announced
   * @remarks JSON, or a plain page for a browser (`Accept: text/html`). No sign-in.
   * @throws {404} Not announced (or no such programme): `winners list.not_found`
   */
  @ApiOkResponse({
    content: {
      'application/json': { schema: { $ref: getSchemaPath(PublicWinners) } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @Get('public/programmes/:id/winners')
  @Public()
  async winners(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { json, html } = await this.announcements.winners(id);
    res.vary('Accept');
    if (req.accepts(['json', 'html']) === 'html') res.type('html').send(html);
    else res.json(json);
  }
}
