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
