/**
 * `npm run openapi [-- <file>]`: writes the API's OpenAPI document (to stdout without a file),
 * built from the code alone — no database, Redis or issuer need be running.
 */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '@commend/api';
import { loadConfig } from '@commend/core';

async function main(): Promise<void> {
  // Preview mode connects to nothing, so the required addresses need only be well formed.
  const document = await buildOpenApiDocument(
    loadConfig({
      DATABASE_URL: 'postgres://commend@localhost:5432/commend',
      REDIS_URL: 'redis://localhost:6379',
      AUTH_TENANT_ID: '00000000-0000-0000-0000-000000000000',
      AUTH_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
      AUTH_METADATA_URL: 'https://localhost/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration',
      ...process.env,
    }),
  );
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const file = process.argv[2];
  if (file) writeFileSync(file, text);
  else process.stdout.write(text);
}

void main();
