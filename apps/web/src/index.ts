// What other parts of the repository may use of the browser app: the test harness and the
// demo build it with this, exactly as main.ts does.
export { createWebApp } from './bootstrap';
export { loadWebConfig, type WebConfig } from './config/web-config';
export { SESSION_COOKIE } from './setup/set-up-web-session';
