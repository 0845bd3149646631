/**
 * The browser app's API types, generated from the API's OpenAPI document by
 * openapi-typescript: `npm run api-client` rewrites the file, and a unit spec fails when
 * the committed file differs from a fresh generation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

// scripts/ in the source tree (Jest), dist/scripts/ once built.
const ROOT = resolve(__dirname, '..', ...(basename(resolve(__dirname, '..')) === 'dist' ? ['..'] : []));
export const API_TYPES_FILE = join(ROOT, 'apps', 'web', 'src', 'api-client', 'api-types.ts');

/** The document `npm run openapi` prints: from the build, where the swagger plugin has run. */
export function builtOpenApiDocument(): object {
  const script = join(ROOT, 'dist', 'scripts', 'openapi.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  return JSON.parse(
    execFileSync(process.execPath, [script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }),
  ) as object;
}

const HEADER = `/**
 * Generated from the API's OpenAPI document by openapi-typescript: do not edit by hand.
 * Regenerate with \`npm run api-client\`.
 */
`;

export async function generateApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3);
  const source = `${HEADER}${astToString(ast)}`;
  const options = await resolveConfig(API_TYPES_FILE);
  return format(source, { ...options, parser: 'typescript' });
}
