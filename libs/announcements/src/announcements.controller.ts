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
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow, CurrentUser, Public, Role, type AuthUser } from '@commend/auth';
import { setDownloadHeaders } from '@commend/core';
import { AnnouncementsService, type AnnouncementView } from './announcements.service';
import { ScheduleAnnouncementDto } from './dto/schedule-announcement.dto';
import type { Certificate } from './entities/certificate.entity';

const uuid = new ParseUUIDPipe();

@ApiTags('announcement')
@ApiBearerAuth()
@Controller()
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  /** Now, or at `at`; again to reschedule. */
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

  @Delete('programmes/:id/announcement')
  @Allow(Role.Director)
  cancel(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<AnnouncementView> {
    return this.announcements.cancel(id, user);
  }

  @Get('programmes/:id/announcement')
  @Allow(Role.Director, Role.Admin)
  get(@Param('id', uuid) id: string): Promise<AnnouncementView> {
    return this.announcements.get(id);
  }

  @Get('programmes/:id/certificates')
  @Allow(Role.Director, Role.Admin)
  certificates(@Param('id', uuid) id: string): Promise<Certificate[]> {
    return this.announcements.certificates(id);
  }

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
    return new StreamableFile(stream);
  }

  /** The winners, for everyone, once announced: JSON, or a plain page for a browser. */
  @Get('public/programmes/:id/winners')
  @Public()
  async winners(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { json, html } = await this.announcements.winners(id);
    res.vary('Accept');
    if (req.accepts(['json', 'html']) === 'html') res.type('html').send(html);
    else res.json(json);
  }
}
