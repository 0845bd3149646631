/**
 * The running demo's ports, which `npm run demo` writes to .data/ while it runs, so that
 * `npm run token` and anything else finds the demo on whatever ports it was given.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DemoPorts {
  /** The browser app: where people open Commend. */
  web: number;
  api: number;
  postgres: number;
  redis: number;
  idp: number;
  smtp: number;
  mail: number;
}

export const PORTS_FILE = join(resolve(__dirname, '..', '..'), '.data', 'demo.ports.json');

/** The ports of the demo running now, or null when none is (the file is removed on stop). */
export function readDemoPorts(): DemoPorts | null {
  try {
    return JSON.parse(readFileSync(PORTS_FILE, 'utf8')) as DemoPorts;
  } catch {
    return null;
  }
}
