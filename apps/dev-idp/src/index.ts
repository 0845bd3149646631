export * from './demo-users';
export * from './dev-idp';
export type { WebClient } from './browser-sign-in';
