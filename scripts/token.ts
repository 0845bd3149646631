/**
 * `npm run token -- <user> [role ...]`: prints an access token from the running demo's dev
 * issuer, for curl and scripts. Roles, when given, replace the user's demo roles.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join, resolve } from 'node:path';
import { DEMO_USERS } from '@commend/dev-idp';
import { readDemoPorts } from './demo-ports';

const ROOT = resolve(__dirname, '..', '..');
const [user, ...roles] = process.argv.slice(2);
// The running demo says where its dev issuer is; without one, the demo's own defaults.
const running = readDemoPorts();
const port = running?.idp ?? Number(process.env.DEMO_IDP_PORT || process.env.DEV_IDP_PORT || 4010);

if (!user) {
  console.error('Usage: npm run token -- <user> [role ...]');
  console.error(`Users: ${DEMO_USERS.map((u) => `${u.key} (${u.roles.join(', ') || 'no role'})`).join(', ')}`);
  process.exit(2);
}

let ca: string;
try {
  ca = readFileSync(join(ROOT, '.data', 'dev-idp', 'tls', 'ca.pem'), 'utf8');
} catch {
  console.error('No dev issuer found: start the demo first with npm run demo');
  process.exit(1);
}

const body = JSON.stringify(roles.length ? { user, roles } : { user });
const req = request(
  { host: 'localhost', port, path: '/dev/token', method: 'POST', ca, headers: { 'content-type': 'application/json' } },
  (res) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString()));
    res.on('end', () => {
      const answer = JSON.parse(text) as { access_token?: string; error?: string };
      if (res.statusCode !== 200 || !answer.access_token) {
        console.error(answer.error ?? `The dev issuer answered HTTP ${res.statusCode}`);
        process.exit(1);
      }
      console.log(answer.access_token);
    });
  },
);
req.on('error', () => {
  console.error(
    running
      ? `The demo's dev issuer is not answering on https://localhost:${port}: is the demo still running? Start it with npm run demo`
      : `No demo is running (no .data/demo.ports.json) and nothing answers on https://localhost:${port}: start it with npm run demo`,
  );
  process.exit(1);
});
req.end(body);
