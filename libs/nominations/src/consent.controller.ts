import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@commend/auth';
import { ConsentService, type NomineeConsentView } from './consent.service';
import { ConsentLinkQueryDto, NomineeConsentDto } from './dto/nomination.dto';

/**
 * The nominee's consent link: no sign-in (a nominee may have no account), the signed token
 * is the credential. The token travels in the query or the body, never the path, so request
 * logs (which keep the path only) never hold it.
 */
@ApiTags('consent')
@Controller('public/consent')
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  /** What the link asks about, and the answer so far. 404 for a link we did not sign; 422 once announced. */
  @Get()
  @Public()
  view(@Query() query: ConsentLinkQueryDto): Promise<NomineeConsentView> {
    return this.consent.forLink(query.token);
  }

  /** The nominee's answer; again to change it, until the announcement fires. */
  @Post()
  @HttpCode(200)
  @Public()
  decide(@Body() dto: NomineeConsentDto): Promise<NomineeConsentView> {
    return this.consent.decideByLink(dto.token, dto.decision);
  }
}
