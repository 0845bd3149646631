/**
 * Starts the real PostgreSQL and Redis that the demo and the tests run on, from Debian's
 * packages. Installs them when missing and running as root; otherwise stops with the
 * exact command to run.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

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
    url: (database) => `postgres://commend@127.0.0.1:${port}/${database}`,
    stop: () => stopPostgres(pgBin, dataDir),
  };
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
