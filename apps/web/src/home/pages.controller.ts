import { Controller, Get, Inject, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiClient } from '../api-client/api-client';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import { homeViewModel, type HomeViewModel } from './home.view-model';

@Controller()
export class PagesController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  /** The start page; signed in, the programmes open for nominations and my nominations. */
  @Get()
  @Render('pages/home')
  async home(@Req() req: Request): Promise<HomeViewModel> {
    const user = req.session.user;
    const token = req.session.tokens?.accessToken;
    if (!user || !token) return homeViewModel({});
    const [programmes, nominations] = await Promise.all([this.api.programmes(token), this.api.myNominations(token)]);
    const open = programmes.filter((p) => p.status === 'open');
    const withCategories = await Promise.all(
      open.map(async (programme) => ({ programme, categories: await this.api.categories(token, programme.id) })),
    );
    return homeViewModel({ user, programmes: withCategories, nominations });
  }

  @Get('accessibility')
  @Render('pages/accessibility')
  accessibility(): object {
    return { pageTitle: 'Accessibility statement' };
  }

  @Get('privacy')
  @Render('pages/privacy')
  privacy(): object {
    return { pageTitle: 'Privacy notice' };
  }

  @Get('cookies')
  @Render('pages/cookies')
  cookies(): object {
    return { pageTitle: 'Cookies' };
  }

  @Get('session-ended')
  @Render('pages/session-ended')
  sessionEnded(): object {
    const seconds = Math.round(this.config.idleTimeoutMs / 1000);
    const idle = seconds >= 120 ? `${Math.round(seconds / 60)} minutes` : `${seconds} seconds`;
    return { pageTitle: 'Your session ended', idle };
  }

  @Get('signed-out')
  @Render('pages/signed-out')
  signedOut(): object {
    return { pageTitle: 'You have signed out' };
  }
}
