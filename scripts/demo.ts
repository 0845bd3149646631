/**
 * `npm run demo`: the whole system on embedded defaults — PostgreSQL, Redis, the dev
 * issuer, a mail sink, migrations, the API, the worker and the browser app — with data kept
 * in .data/ across restarts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DevIdp, type WebClient } from '@commend/dev-idp';
import { PORTS_FILE, type DemoPorts } from './demo-ports';
import { seedDemo } from './seed-demo';
import {
  ensureBinaries,
  isPostgresRunning,
  migrateDatabase,
  MissingDependencyError,
  startMaildev,
  startPostgres,
  startRedis,
  stopPostgres,
} from './services';

const ROOT = resolve(__dirname, '..', '..');
const DATA = join(ROOT, '.data');
const env = process.env;

/** A port from `names` (the first set wins), else `fallback`; a bad value stops the demo naming it. */
function port(names: string[], fallback: number): number {
  const name = names.find((n) => env[n] !== undefined && env[n] !== '');
  if (!name) return fallback;
  const value = Number(env[name]);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535 (it is "${env[name]}")`);
  }
  return value;
}

/** Demo-only identifiers: a real deployment takes these from its Entra ID app registration. */
export const DEMO_TENANT_ID = 'c0de0000-de70-4000-8000-000000000001';
export const DEMO_CLIENT_ID = 'c0de0000-de70-4000-8000-0000000c0de1';
/** The browser app's registration at the dev issuer; the web app is started with the same WEB_* values. */
export const DEMO_WEB_CLIENT_ID = 'c0de0000-de70-4000-8000-00000000eb01';
export const DEMO_WEB_CLIENT_SECRET = 'demo-web-client-secret-not-for-production';
/** Signs the demo's session cookies; a deployment sets its own WEB_SESSION_SECRET. */
const DEMO_SESSION_SECRET = 'demo-session-secret-not-for-production-use';

/** The web app's WEB_CLIENT_*, WEB_REDIRECT_URI and WEB_POST_LOGOUT_URI, as the dev issuer registers them. */
function demoWebClient(webPort: number): WebClient {
  const web = `http://localhost:${webPort}`;
  return {
    clientId: DEMO_WEB_CLIENT_ID,
    clientSecret: DEMO_WEB_CLIENT_SECRET,
    redirectUris: [`${web}/auth/callback`],
    postLogoutRedirectUris: [`${web}/signed-out`],
  };
}

const say = (line = ''): void => console.log(line);
const stops: (() => Promise<void> | void)[] = [];

const PIDS_FILE = join(DATA, 'demo.pids.json');
interface DemoPids {
  demo: number;
  children: number[];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Refuses a second demo on the same data; clears what a crashed one left running. */
function clearLeftovers(pgBin: string, pgData: string): void {
  if (existsSync(PIDS_FILE)) {
    const previous = JSON.parse(readFileSync(PIDS_FILE, 'utf8')) as DemoPids;
    if (previous.demo !== process.pid && alive(previous.demo)) {
      throw new Error(`The demo is already running (process ${previous.demo}): use it, or stop it with Ctrl+C first.`);
    }
    for (const pid of previous.children.filter(alive)) process.kill(pid, 'SIGTERM');
  }
  if (isPostgresRunning(pgBin, pgData)) stopPostgres(pgBin, pgData);
}

function recordPids(children: (ChildProcess | undefined)[]): void {
  const pids: DemoPids = { demo: process.pid, children: children.map((c) => c?.pid).filter((p): p is number => !!p) };
  writeFileSync(PIDS_FILE, JSON.stringify(pids));
}

function startApp(name: 'api' | 'worker' | 'web', appEnv: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(DATA, 'logs', `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', name, 'src', 'main.js')], {
    cwd: ROOT,
    env: appEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.once('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`The ${name} stopped (${signal ?? `exit ${code}`}); see .data/logs/${name}.log`);
      void shutdown(1);
    }
  });
  stops.push(
    () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  );
  return child;
}

async function waitUntilReady(url: string, log: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s; see .data/logs/${log}.log`);
}

function pick(source: NodeJS.ProcessEnv, names: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(names.filter((n) => source[n]).map((n) => [n, source[n]]));
}

let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  shuttingDown = true;
  for (const stop of stops.reverse()) {
    try {
      await stop();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
  }
  process.exit(code);
}

async function main(): Promise<void> {
  // PORT and DEV_IDP_PORT are the older names, still read.
  const ports: DemoPorts = {
    web: port(['WEB_PORT', 'DEMO_WEB_PORT'], 8080),
    api: port(['DEMO_API_PORT', 'PORT'], 3000),
    postgres: port(['DEMO_PG_PORT'], 5433),
    redis: port(['DEMO_REDIS_PORT'], 6380),
    idp: port(['DEMO_IDP_PORT', 'DEV_IDP_PORT'], 4010),
    smtp: port(['DEMO_SMTP_PORT'], 1025),
    mail: port(['DEMO_MAIL_PORT'], 1080),
  };
  const { pgBin, redisServer } = ensureBinaries(say);
  mkdirSync(join(DATA, 'logs'), { recursive: true });
  chmodSync(DATA, 0o755); // the postgres user, when started as root, must reach .data/postgres

  const pgData = join(DATA, 'postgres');
  clearLeftovers(pgBin, pgData);
  const postgres = startPostgres({ pgBin, dataDir: pgData, port: ports.postgres });
  stops.push(() => postgres.stop());
  say(`PostgreSQL  127.0.0.1:${ports.postgres}  (data in .data/postgres)`);

  const redis = await startRedis({ redisServer, port: ports.redis, dataDir: join(DATA, 'redis') });
  stops.push(() => redis.stop());
  say(`Redis       127.0.0.1:${ports.redis}`);

  const idp = await new DevIdp({
    port: ports.idp,
    dataDir: join(DATA, 'dev-idp'),
    tenantId: DEMO_TENANT_ID,
    clientId: DEMO_CLIENT_ID,
    apiUrl: `http://localhost:${ports.api}/api/v1`,
    webClient: demoWebClient(ports.web),
  }).start();
  stops.push(() => idp.stop());

  const mail = await startMaildev({
    smtpPort: ports.smtp,
    webPort: ports.mail,
    mailDir: join(DATA, 'mail'),
    logFile: join(DATA, 'logs', 'mail.log'),
  });
  stops.push(() => mail.stop());
  say(`Mail sink   ${mail.smtpUrl}  (mail kept in .data/mail)`);

  const databaseUrl = postgres.url('commend');
  const applied = await migrateDatabase(postgres, 'commend');
  say(`Migrations  ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);

  const appEnv: NodeJS.ProcessEnv = {
    PATH: env.PATH,
    NODE_ENV: 'development',
    PORT: String(ports.api),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    AUTH_TENANT_ID: DEMO_TENANT_ID,
    AUTH_CLIENT_ID: DEMO_CLIENT_ID,
    AUTH_METADATA_URL: idp.metadataUrl,
    AUTH_CA_FILE: idp.caFile,
    // The demo people's organisation: shows the sign-in boundary (docs/entra-id.md).
    AUTH_ALLOWED_EMAIL_DOMAINS: 'example.nhs.uk',
    SMTP_URL: mail.smtpUrl,
    MAIL_FROM: 'Commend <awards@commend.example>',
    // Links in e-mails open the browser app's pages.
    APP_URL: `http://localhost:${ports.web}`,
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
  };
  const webEnv: NodeJS.ProcessEnv = {
    PATH: env.PATH,
    NODE_ENV: 'development',
    WEB_PORT: String(ports.web),
    WEB_API_URL: `http://localhost:${ports.api}/api/v1`,
    REDIS_URL: redis.url,
    AUTH_METADATA_URL: idp.metadataUrl,
    AUTH_CA_FILE: idp.caFile,
    NODE_EXTRA_CA_CERTS: idp.caFile,
    AUTH_CLIENT_ID: DEMO_CLIENT_ID,
    WEB_CLIENT_ID: DEMO_WEB_CLIENT_ID,
    WEB_CLIENT_SECRET: DEMO_WEB_CLIENT_SECRET,
    WEB_REDIRECT_URI: `http://localhost:${ports.web}/auth/callback`,
    WEB_POST_LOGOUT_URI: `http://localhost:${ports.web}/signed-out`,
    WEB_SESSION_SECRET: DEMO_SESSION_SECRET,
    // WEB_BRAND=council (with WEB_ORGANISATION_NAME, WEB_LOGO_URL) shows a council's look.
    ...pick(env, ['WEB_BRAND', 'WEB_ORGANISATION_NAME', 'WEB_LOGO_URL', 'WEB_FOOTER_TEXT']),
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
  };
  recordPids([
    redis.process,
    mail.process,
    startApp('api', appEnv),
    startApp('worker', appEnv),
    startApp('web', webEnv),
  ]);
  stops.push(() => rmSync(PIDS_FILE, { force: true }));
  writeFileSync(PORTS_FILE, JSON.stringify(ports));
  stops.push(() => rmSync(PORTS_FILE, { force: true }));
  await waitUntilReady(`http://localhost:${ports.api}/api/v1/health/ready`, 'api');
  await waitUntilReady(`http://localhost:${ports.web}/health/ready`, 'web');
  say(`Demo data  ${await seedDemo(`http://localhost:${ports.api}/api/v1`, idp)}`);

  say();
  say(`Open Commend: http://localhost:${ports.web}/   (sign in as any demo person on the dev issuer's page)`);
  say();
  say('Commend is running.');
  say(`  API           http://localhost:${ports.api}/api/v1/health   (every route is under /api/v1)`);
  say(`  API docs      http://localhost:${ports.api}/api/docs`);
  say(`  Sign-in page  ${idp.url}/   (the dev issuer; its CA is .data/dev-idp/tls/ca.pem)`);
  // The inbox is at / for a browser (maildev's /index.html loads, but its page then asks the
  // wrong address for the mail and shows none).
  say(`  Mail (sink)   http://localhost:${ports.mail}/   (every e-mail the demo sends lands here)`);
  say('  Logs          .data/logs/web.log, .data/logs/api.log, .data/logs/worker.log, .data/logs/mail.log');
  say();
  say('Try it:');
  say(`  TOKEN=$(npm run --silent token -- priya)`);
  say(`  curl -H "Authorization: Bearer $TOKEN" http://localhost:${ports.api}/api/v1/me`);
  say();
  say('Press Ctrl+C to stop. Data is kept in .data/ for the next run.');
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error: unknown) => {
  console.error(error instanceof MissingDependencyError || error instanceof Error ? error.message : error);
  void shutdown(1);
});
