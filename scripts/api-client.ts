/**
 * `npm run api-client`: regenerates apps/web/src/api-client/api-types.ts from the API's
 * OpenAPI document, as the built API describes itself (the swagger plugin runs at build).
 * With `--check` it writes nothing and fails when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { API_TYPES_FILE, builtOpenApiDocument, generateApiTypes } from './api-types';

async function main(): Promise<void> {
  const fresh = await generateApiTypes(builtOpenApiDocument());
  if (process.argv.includes('--check')) {
    if (readFileSync(API_TYPES_FILE, 'utf8') === fresh) return;
    console.error(`${API_TYPES_FILE} differs from the OpenAPI document: run npm run api-client`);
    process.exit(1);
  }
  writeFileSync(API_TYPES_FILE, fresh);
  console.log(`Wrote ${API_TYPES_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
