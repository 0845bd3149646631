import { Controller, Get, Param, ParseUUIDPipe, Render } from '@nestjs/common';
import { DirectingApi } from '../directing/directing-api';
import { winnersViewModel, type WinnersViewModel } from '../directing/directing.view-model';

/**
 * The public winners page: no sign-in (nothing here reads the session), from the API's public
 * JSON, which names a person only with their consent. Until the announcement the API answers
 * 404, and so does this page.
 */
@Controller('winners')
export class WinnersController {
  constructor(private readonly api: DirectingApi) {}

  @Get(':programmeId')
  @Render('winners/winners')
  async winners(@Param('programmeId', new ParseUUIDPipe()) programmeId: string): Promise<WinnersViewModel> {
    return winnersViewModel(await this.api.winners(programmeId));
  }
}
