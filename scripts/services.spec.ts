import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { jsonLines, stopProcess } from './services';

describe('jsonLines', () => {
  it('writes each line a service prints as one JSON object, without its colour codes', async () => {
    const input = new PassThrough();
    const out = new PassThrough();
    let written = '';
    out.on('data', (chunk: Buffer) => (written += chunk.toString()));

    jsonLines(input, out, { level: 'log', pid: 42, context: 'maildev' });
    input.end('\u001b[32mMailDev\u001b[39m webapp running\n\n  SMTP on 1025\n');
    await new Promise((resolve) => setImmediate(resolve));

    const lines = written
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { level: 'log', pid: 42, context: 'maildev', timestamp: expect.any(Number), message: 'MailDev webapp running' },
      { level: 'log', pid: 42, context: 'maildev', timestamp: expect.any(Number), message: 'SMTP on 1025' },
    ]);
  });
});

describe('stopProcess', () => {
  const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  /** Resolves once the child has printed `ready`, so its signal handlers are in place. */
  const ready = (child: ChildProcess) => new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));

  it('stops a process that ends on SIGTERM with SIGTERM', async () => {
    const child = node("setInterval(() => {}, 1000); console.log('ready');");
    await ready(child);

    await stopProcess(child, 5_000);

    expect(child.signalCode).toBe('SIGTERM');
  });

  it('kills a process that ignores SIGTERM once the backstop is reached', async () => {
    const child = node("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000); console.log('ready');");
    await ready(child);

    const started = Date.now();
    await stopProcess(child, 300);

    expect(child.signalCode).toBe('SIGKILL');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
