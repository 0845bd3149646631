import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';
import { SignInRequiredError } from '../web.errors';

/** What the web app keeps in a person's server-side session. */
export interface SessionUser {
  name: string;
  roles: string[];
}

export interface SessionTokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Between the redirect to the issuer and its answer. */
export interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

declare module 'express-session' {
  interface SessionData {
    user?: SessionUser;
    tokens?: SessionTokens;
    pendingSignIn?: PendingSignIn;
    /** Epoch milliseconds of the last request, for the idle timeout. */
    lastSeenAt?: number;
  }
}

/** The signed-in person's access token for the API; a page without one sends them to sign in. */
export function tokenOf(req: Request): string {
  const token = req.session.tokens?.accessToken;
  if (!req.session.user || !token) throw new SignInRequiredError();
  return token;
}

/** The roles whose pages the web app gates before calling the API (which enforces them too). */
export const WebRole = {
  Admin: 'Awards.Admin',
  Auditor: 'Awards.Auditor',
  Director: 'Awards.Director',
} as const;

/**
 * The signed-in person's token when they hold one of `roles`; anyone else is shown the 403 page
 * saying `whoFor`, before a call is made (the API would refuse them too, but a page that calls
 * several endpoints could otherwise show a 404 where the answer is "not yours").
 */
export function tokenWithRole(req: Request, roles: readonly string[], whoFor: string): string {
  const token = tokenOf(req);
  if (!roles.some((role) => req.session.user?.roles.includes(role))) throw new ForbiddenException(whoFor);
  return token;
}
