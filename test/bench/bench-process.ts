import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root, from dist/test/bench. */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const TENANT = '7e57e57e-0000-4000-8000-00000000a11d';
export const CLIENT = '7e57e57e-0000-4000-8000-0000000c11e7';

/** Starts a node script with only this environment and resolves once it prints `readyText`. */
export function start(command: string[], env: NodeJS.ProcessEnv, readyText: string): Promise<ChildProcess> {
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
