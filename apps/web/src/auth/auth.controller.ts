import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Inject } from '@nestjs/common';
import { SignInRoute } from '@commend/core';
import { ApiClient } from '../api-client/api-client';
import { WEB_CONFIG, type WebConfig } from '../config/web-config';
import { endSession } from './end-session';
import { OidcService } from './oidc.service';
import { safeReturnTo } from './return-to';

@Controller()
export class AuthController {
  constructor(
    private readonly oidc: OidcService,
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  /** Sends the person to the issuer; `returnTo` is followed afterwards only when it is a path of this app. */
  @Get('sign-in')
  @SignInRoute()
  async signIn(@Query('returnTo') returnTo: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const target = safeReturnTo(returnTo);
    if (req.session.user) return res.redirect(303, target);
    const { url, pending } = await this.oidc.startSignIn(target);
    req.session.pendingSignIn = pending;
    req.session.save(() => res.redirect(303, url));
  }

  @Get('auth/callback')
  @SignInRoute()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const pending = req.session.pendingSignIn;
    if (!pending || typeof req.query.error === 'string') {
      return this.failed(res, 'Sign-in did not finish. Sign in again to continue.');
    }
    let tokens;
    try {
      tokens = await this.oidc.finishSignIn(new URL(req.originalUrl, this.config.auth.redirectUri), pending);
    } catch {
      // A replayed or forged answer: nothing of it is kept (the reason is not the person's to act on).
      return this.failed(res, 'Sign-in did not finish. Sign in again to continue.');
    }
    const me = await this.api.me(tokens.accessToken);
    // A new session id at sign-in, so an id planted before it is worth nothing after.
    req.session.regenerate((error) => {
      if (error) return this.failed(res, 'Sign-in did not finish. Sign in again to continue.');
      req.session.user = { name: me.displayName, roles: me.roles };
      req.session.tokens = tokens;
      req.session.lastSeenAt = Date.now();
      req.session.save(() => res.redirect(303, pending.returnTo));
    });
  }

  /** Ends this app's session, then the issuer's. */
  @Post('sign-out')
  @HttpCode(303)
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const url = await this.oidc.endSessionUrl(req.session.tokens?.idToken);
    endSession(req, res, () => res.redirect(303, url));
  }

  private failed(res: Response, message: string): void {
    res.status(400).render('errors/sign-in-failed', { pageTitle: 'Sign-in did not finish', message });
  }
}
