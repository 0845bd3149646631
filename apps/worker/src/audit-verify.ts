import 'reflect-metadata';
import { auditVerifyCommand } from '@commend/audit';
import { secretFromEnv } from '@commend/core';

/** `npm run audit:verify` (in an image: `node dist/apps/worker/src/audit-verify.js`). */
async function main(): Promise<number> {
  const url = secretFromEnv('DATABASE_URL');
  if (!url) {
    console.error('DATABASE_URL is missing: set it to the database to check, e.g. postgres://user@host:5432/commend');
    return 2;
  }
  const { code, message } = await auditVerifyCommand(url);
  (code === 0 ? console.log : console.error)(message);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
