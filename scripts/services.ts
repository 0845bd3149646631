/**
 * Starts the real PostgreSQL and Redis that the demo and the tests run on, from Debian's
 * packages. Installs them when missing and running as root; otherwise stops with the
 * exact command to run. Also starts maildev, the SMTP sink, and (for the tests) Azurite, the
 * Azure Blob Storage emulator, from node_modules.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../migrations/data-source';

const APT_PACKAGES = ['postgresql', 'redis-server'];
const INSTALL_HINT = `sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`;

export class MissingDependencyError extends Error {}

function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

function redisServerPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0
    ? found.stdout.trim()
    : existsSync('/usr/bin/redis-server')
      ? '/usr/bin/redis-server'
      : null;
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** Finds pg_ctl and redis-server, installing them with apt-get when root. */
export function ensureBinaries(log: (line: string) => void = console.log): { pgBin: string; redisServer: string } {
  let pgBin = postgresBinDir();
  let redisServer = redisServerPath();
  if ((!pgBin || !redisServer) && isRoot() && existsSync('/usr/bin/apt-get')) {
    log(`Installing ${APT_PACKAGES.join(' and ')} from Debian's packages (needed once)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], { stdio: 'inherit', env });
    // Debian starts system-wide services on install; ours run on their own ports.
    spawnSync('sh', ['-c', 'service redis-server stop; service postgresql stop'], { stdio: 'ignore' });
    pgBin = postgresBinDir();
    redisServer = redisServerPath();
  }
  const missing = [
    !pgBin && 'PostgreSQL (pg_ctl under /usr/lib/postgresql/*/bin)',
    !redisServer && 'Redis (redis-server)',
  ].filter(Boolean);
  if (!pgBin || !redisServer) {
    throw new MissingDependencyError(`Missing ${missing.join(' and ')}. Install with:\n  ${INSTALL_HINT}`);
  }
  return { pgBin, redisServer };
}

/** Debian's Chromium, for the browser tests: installed with apt-get when missing and root. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const path = '/usr/bin/chromium';
  if (!existsSync(path) && isRoot() && existsSync('/usr/bin/apt-get')) {
    log("Installing chromium from Debian's packages (needed once, for the browser tests)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!existsSync(path)) {
    throw new MissingDependencyError(
      `Missing Chromium (${path}), which the browser tests drive. Install with:\n  sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  return path;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function run(command: string, args: string[]): void {
  const [cmd, argv] = asPostgres(command, args);
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
}

export function isPostgresRunning(pgBin: string, dataDir: string): boolean {
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return false;
  const [cmd, argv] = asPostgres(join(pgBin, 'pg_ctl'), ['status', '-D', dataDir]);
  return spawnSync(cmd, argv).status === 0;
}

export function stopPostgres(pgBin: string, dataDir: string): void {
  run(join(pgBin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w']);
}

export interface PostgresHandle {
  port: number;
  /** The cluster's data folder (its postmaster.pid names the server's process). */
  dataDir: string;
  /** URL of the `postgres` maintenance database; swap the path for another. */
  url: (database: string) => string;
  stop: () => void;
}

/**
 * Starts a PostgreSQL cluster in `dataDir` (created on first run) on 127.0.0.1:`port`,
 * trusting local connections as user `commend`. `fast` turns durability off, for tests.
 */
export function startPostgres(options: {
  pgBin: string;
  dataDir: string;
  port: number;
  fast?: boolean;
}): PostgresHandle {
  const { pgBin, dataDir, port } = options;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (isRoot()) {
      const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
      const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
      chownSync(dataDir, Number(ids), Number(gid));
    }
    run(join(pgBin, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'commend',
      '--auth=trust',
      '--encoding=UTF8',
      '--no-locale',
      '--no-sync',
    ]);
  }
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dataDir}`,
    '-c max_connections=200',
    ...(options.fast ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ];
  run(join(pgBin, 'pg_ctl'), [
    'start',
    '-D',
    dataDir,
    '-w',
    '-t',
    '60',
    '-l',
    join(dataDir, 'server.log'),
    '-o',
    settings.join(' '),
  ]);
  return {
    port,
    dataDir,
    url: (database) => `postgres://commend@127.0.0.1:${port}/${database}`,
    stop: () => stopPostgres(pgBin, dataDir),
  };
}

/**
 * SIGTERM, and resolves once the process has exited; SIGKILL after `backstopMs` should it not
 * (a graceful shutdown that hangs must not hang whoever stops it).
 */
export async function stopProcess(child: ChildProcess, backstopMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const backstop = setTimeout(() => child.kill('SIGKILL'), backstopMs);
  await exited;
  clearTimeout(backstop);
}

export interface RedisHandle {
  port: number;
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts redis-server on 127.0.0.1:`port`; with `dataDir` it keeps an append-only file there. */
export async function startRedis(options: {
  redisServer: string;
  port: number;
  dataDir?: string;
}): Promise<RedisHandle> {
  const args = ['--port', String(options.port), '--bind', '127.0.0.1', '--save', '', '--daemonize', 'no'];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--dir', options.dataDir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child = spawn(options.redisServer, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout.on('data', () => {
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  return {
    port: options.port,
    url: `redis://127.0.0.1:${options.port}`,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** maildev's command-line entry: the package is ESM-only, so it runs as its own process. */
export function maildevPath(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const entry = join(dir, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
    if (existsSync(entry)) return entry;
    if (dirname(dir) === dir)
      throw new MissingDependencyError('Missing maildev (a devDependency). Install with:\n  npm ci');
  }
}

/** Fails with a clear message when something already listens on 127.0.0.1:`port`. */
async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} (${what}) is already in use on 127.0.0.1: stop whatever listens there first.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** ANSI colour and cursor sequences, which maildev prints when it thinks it talks to a terminal. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Writes each line a service prints to `out` as one JSON object, in the shape of the apps'
 * start-up lines ({level, pid, timestamp, message, context}), so every log file is JSON.
 */
export function jsonLines(
  input: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  fields: { level: 'log' | 'error'; pid?: number; context: string },
): void {
  createInterface({ input, crlfDelay: Infinity }).on('line', (line) => {
    const message = line.replace(ANSI, '').trim();
    if (message) out.write(`${JSON.stringify({ ...fields, timestamp: Date.now(), message })}\n`);
  });
}

export interface MaildevHandle {
  smtpPort: number;
  webPort: number;
  /** `smtp://127.0.0.1:<smtpPort>`, for SMTP_URL. */
  smtpUrl: string;
  /** The web interface, whose REST API is under /api (GET /api/email lists the messages). */
  webUrl: string;
  process: ChildProcess;
  /** Everything maildev printed (only what it printed while starting when it logs to a file). */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts maildev, an SMTP server that accepts every message and keeps it, with SMTP on
 * 127.0.0.1:`smtpPort` and its web interface and API on 127.0.0.1:`webPort`. With
 * `mailDir` the messages are files there and survive a restart (otherwise they are in
 * memory only); with `logFile` its output is appended there.
 */
export async function startMaildev(options: {
  smtpPort: number;
  webPort: number;
  mailDir?: string;
  logFile?: string;
}): Promise<MaildevHandle> {
  const { smtpPort, webPort } = options;
  await assertPortFree(smtpPort, 'mail sink SMTP');
  await assertPortFree(webPort, 'mail sink web');
  const args = ['--smtp', String(smtpPort), '--ip', '127.0.0.1', '--web', String(webPort), '--web-ip', '127.0.0.1'];
  if (options.mailDir) {
    mkdirSync(options.mailDir, { recursive: true });
    args.push('--mail-directory', options.mailDir);
  }
  // Only PATH: maildev reads MAILDEV_* variables, which must not override these flags.
  const child = spawn(process.execPath, [maildevPath(), ...args], {
    cwd: options.mailDir ?? __dirname,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.once('error', (error) => (output += `${error.message}\n`));
  if (options.logFile) {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    jsonLines(child.stdout, log, { level: 'log', pid: child.pid, context: 'maildev' });
    jsonLines(child.stderr, log, { level: 'error', pid: child.pid, context: 'maildev' });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()).once('error', () => resolve()));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const webUrl = `http://127.0.0.1:${webPort}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await closed; // all it printed
      throw new Error(`maildev exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    }
    const healthy = await fetch(`${webUrl}/api/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy && (await accepts(smtpPort))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`maildev did not start within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (options.logFile) {
    child.stdout.off('data', collect);
    child.stderr.off('data', collect);
  }
  return {
    smtpPort,
    webPort,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl,
    process: child,
    output: () => output,
    // maildev gives up on a graceful shutdown after 10 s itself; the 15 s backstop is beyond that.
    stop: () => stopProcess(child),
  };
}

/** Azurite's blob service entry in node_modules, run with our own node. */
export function azuriteBlobPath(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const entry = join(dir, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
    if (existsSync(entry)) return entry;
    if (dirname(dir) === dir)
      throw new MissingDependencyError('Missing azurite (a devDependency). Install with:\n  npm ci');
  }
}

/**
 * Azurite's published development account (the same in every copy of Azurite, documented by
 * Microsoft): for the emulator only, never a secret of ours.
 */
export const AZURITE_ACCOUNT = {
  name: 'devstoreaccount1',
  key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
} as const;

export interface AzuriteHandle {
  port: number;
  /** A connection string for its development account, for AZURE_STORAGE_CONNECTION_STRING. */
  connectionString: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * Starts Azurite's blob service (Microsoft's storage emulator) on 127.0.0.1:`port`, keeping its
 * blobs in `location`. It checks each staged block's MD5 as Azure does.
 */
export async function startAzurite(options: {
  port: number;
  location: string;
  /** Given to node before Azurite's entry (a test preloading a clock it moves, say). */
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<AzuriteHandle> {
  const { port, location } = options;
  await assertPortFree(port, 'Azurite blob');
  mkdirSync(location, { recursive: true });
  const args = [
    ...(options.nodeArgs ?? []),
    azuriteBlobPath(),
    '--silent',
    // Newer SDKs send API versions this Azurite release has not heard of yet.
    '--skipApiVersionCheck',
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    String(port),
    '--location',
    location,
  ];
  // Only PATH: Azurite reads AZURITE_* variables, which must not override these flags.
  const child = spawn(process.execPath, args, {
    cwd: location,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()).once('error', () => resolve()));
  const deadline = Date.now() + 20_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Azurite exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`Azurite did not start within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.stdout.off('data', collect).resume();
  child.stderr.off('data', collect).resume();
  const endpoint = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT.name}`;
  return {
    port,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT.name};AccountKey=${AZURITE_ACCOUNT.key};BlobEndpoint=${endpoint};`,
    process: child,
    stop: () => stopProcess(child),
  };
}

/** Creates `database` on the cluster unless it exists, and applies the migrations it lacks; returns their names. */
export async function migrateDatabase(postgres: PostgresHandle, database: string): Promise<string[]> {
  const admin = await new DataSource({ type: 'postgres', url: postgres.url('postgres') }).initialize();
  try {
    const [{ exists }] = await admin.query<{ exists: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists',
      [database],
    );
    if (!exists) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.destroy();
  }
  const migrator = await new DataSource(dataSourceOptions(postgres.url(database))).initialize();
  try {
    return (await migrator.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await migrator.destroy();
  }
}

export interface ScratchServices {
  /** The temporary folder everything is kept in; stop() removes it. */
  root: string;
  postgres: PostgresHandle;
  redis: RedisHandle;
  /** The migrated database's URL. */
  databaseUrl: string;
  /** Azurite's blob service, when asked for (the tests; the demo keeps evidence in a folder). */
  azurite?: AzuriteHandle;
  stop: () => Promise<void>;
}

/**
 * A PostgreSQL and a Redis of their own on free ports, kept in a new temporary folder, with one
 * migrated database: what the e2e harness and the benchmarks run on. `fast` turns PostgreSQL's
 * durability off (for tests; the benchmarks measure a durable one).
 */
export async function startScratchServices(options: {
  database: string;
  fast?: boolean;
  /** Also start Azurite's blob service, for the blob storage driver. */
  azurite?: boolean;
  log?: (line: string) => void;
}): Promise<ScratchServices> {
  const { pgBin, redisServer } = ensureBinaries(options.log);
  const root = mkdtempSync(join(tmpdir(), 'commend-'));
  chmodSync(root, 0o755); // the postgres user (when running as root) must reach its data folder
  const postgres = startPostgres({ pgBin, dataDir: join(root, 'pg'), port: await freePort(), fast: options.fast });
  let redis: RedisHandle | undefined;
  let azurite: AzuriteHandle | undefined;
  const stop = async (): Promise<void> => {
    await azurite?.stop();
    await redis?.stop();
    postgres.stop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    redis = await startRedis({ redisServer, port: await freePort() });
    if (options.azurite) azurite = await startAzurite({ port: await freePort(), location: join(root, 'azurite') });
    await migrateDatabase(postgres, options.database);
    return { root, postgres, redis, databaseUrl: postgres.url(options.database), azurite, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
