import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DevIdp } from '@commend/dev-idp';
import { GENEROUS_RATE_LIMITS } from '@commend/testing';
import { freePort, startScratchServices, stopProcess, type ScratchServices } from '../../scripts/services';

/** The repository root, from dist/test/bench. */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const TENANT = '7e57e57e-0000-4000-8000-00000000a11d';
export const CLIENT = '7e57e57e-0000-4000-8000-0000000c11e7';

/** Starts a node script with only this environment and resolves once it prints `readyText`. */
function start(command: string[], env: NodeJS.ProcessEnv, readyText: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!output.includes(readyText)) return;
      // Ready: from now on its logs are drained unread, so collecting them costs nothing.
      child.stdout?.off('data', onData).resume();
      child.stderr?.off('data', onData).resume();
      resolveStart(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}:\n${output}`)));
  });
}

/** The built API as production runs it, against the benchmark's database, Redis and dev issuer. */
function startApi(options: {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  idp: { metadataUrl: string; caFile: string };
  evidenceDir: string;
  nodeOptions: string;
}): Promise<ChildProcess> {
  return start(
    [join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js')],
    {
      NODE_ENV: 'production',
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      AUTH_TENANT_ID: TENANT,
      AUTH_CLIENT_ID: CLIENT,
      AUTH_METADATA_URL: options.idp.metadataUrl,
      AUTH_CA_FILE: options.idp.caFile,
      EVIDENCE_STORAGE_DIR: options.evidenceDir,
      // The benchmark is one person writing as fast as it can: measure the API, not the limit.
      RATE_LIMIT_WRITES_PER_MINUTE: GENEROUS_RATE_LIMITS.RATE_LIMIT_WRITES_PER_MINUTE,
      LOG_LEVEL: 'info',
      NODE_OPTIONS: options.nodeOptions,
    },
    'Listening on port',
  );
}

export interface ApiBenchEnvironment extends ScratchServices {
  idp: DevIdp;
  /**
   * The built API on this environment, on a free port, which it resolves with once listening.
   * Node's options are BENCH_API_NODE_OPTIONS (e.g. --cpu-prof, to see where the API spends its
   * time) unless given.
   */
  startApi(nodeOptions?: string): Promise<number>;
  /** The process id of the API startApi started last. */
  apiPid(): number | undefined;
  /** A node script, as start() runs it; stop() stops it with the API. */
  start(command: string[], env: NodeJS.ProcessEnv, readyText: string): Promise<ChildProcess>;
}

/** PostgreSQL (durable) with a migrated `commend` database, Redis and a dev issuer, for a benchmark of the API. */
export async function startApiBenchEnvironment(): Promise<ApiBenchEnvironment> {
  const services = await startScratchServices({ database: 'commend' });
  const idp = await new DevIdp({ port: 0, dataDir: join(services.root, 'idp'), tenantId: TENANT, clientId: CLIENT })
    .start()
    .catch(async (error: unknown) => {
      await services.stop();
      throw error;
    });
  const children: ChildProcess[] = [];
  let api: ChildProcess | undefined;
  const started = async (child: Promise<ChildProcess>): Promise<ChildProcess> => {
    children.push(await child);
    return children[children.length - 1];
  };
  return {
    ...services,
    idp,
    startApi: async (nodeOptions = process.env.BENCH_API_NODE_OPTIONS ?? '') => {
      const port = await freePort();
      const { databaseUrl, redis, root } = services;
      const evidenceDir = join(root, 'evidence');
      api = await started(startApi({ port, databaseUrl, redisUrl: redis.url, idp, evidenceDir, nodeOptions }));
      return port;
    },
    apiPid: () => api?.pid,
    start: (command, env, readyText) => started(start(command, env, readyText)),
    stop: async () => {
      await Promise.all(children.map((child) => stopProcess(child)));
      await idp.stop();
      await services.stop();
    },
  };
}

/** Runs a benchmark's main: a failure is printed and ends the process with 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
