/**
 * `npm run openapi:lint` (part of `npm test`, after the build): the API's contract is one a
 * client can be generated from. Builds the document offline, lints it with Redocly under the
 * rules in redocly.yaml (zero errors), then generates the TypeScript client types with
 * openapi-typescript — as the browser app does — and fails if any operation's success response
 * comes out as no type at all (missing, `never`, `unknown`, or an object that can hold nothing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command.split('/').pop()} ${args.join(' ')} failed`);
}

/** What a 2xx response of each operation is typed as, by operation id, when it is no usable type. */
export function untypedResponses(typesFile: string): string[] {
  const program = ts.createProgram([typesFile], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(typesFile);
  const operations = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'operations',
  );
  if (!operations) return ['the generated types have no `operations` interface'];
  const propertyType = (type: ts.Type, name: string) => {
    const symbol = type.getProperty(name);
    return symbol && checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(symbol, operations));
  };
  const holdsNothing = (type: ts.Type): boolean =>
    (type.flags & (ts.TypeFlags.Never | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) !== 0 ||
    (type.getProperties().length === 0 &&
      checker.getIndexInfosOfType(type).every((info) => (info.type.flags & ts.TypeFlags.Never) !== 0) &&
      (type.flags & ts.TypeFlags.Object) !== 0 &&
      !checker.isArrayType(type));
  const problems: string[] = [];
  for (const operation of checker.getTypeAtLocation(operations).getProperties()) {
    const responses = propertyType(checker.getTypeOfSymbolAtLocation(operation, operations), 'responses');
    const success = (responses?.getProperties() ?? []).filter((r) => /^2\d\d$/.test(r.name));
    if (success.length === 0) problems.push(`${operation.name}: no success response`);
    for (const response of success) {
      if (response.name === '204') continue; // no content, by definition
      const content = propertyType(checker.getTypeOfSymbolAtLocation(response, operations), 'content');
      const media = content?.getProperties() ?? [];
      if (media.length === 0) problems.push(`${operation.name} ${response.name}: no content`);
      for (const type of media) {
        const body = checker.getTypeOfSymbolAtLocation(type, operations);
        if (holdsNothing(body)) {
          problems.push(`${operation.name} ${response.name} ${type.name}: ${checker.typeToString(body)}`);
        }
      }
    }
  }
  return problems;
}

/**
 * Schemas that say `type: object` and nothing more: openapi-typescript types them as
 * `Record<string, never>`, an object a client can read nothing from. A free-form object says
 * `additionalProperties: true`.
 */
export function emptyObjectSchemas(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => emptyObjectSchemas(item, `${path}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  const schema = node as Record<string, unknown>;
  const bare =
    schema.type === 'object' &&
    ['properties', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', '$ref'].every((key) => !(key in schema));
  return [
    ...(bare ? [path] : []),
    ...Object.entries(schema).flatMap(([key, value]) => emptyObjectSchemas(value, `${path}/${key}`)),
  ];
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'commend-openapi-'));
  try {
    const document = join(dir, 'openapi.json');
    const types = join(dir, 'api.d.ts');
    run(process.execPath, [join(root, 'dist/scripts/openapi.js'), document]);
    run(bin('redocly'), ['lint', '--config', join(root, 'redocly.yaml'), document]);
    run(bin('openapi-typescript'), [document, '--output', types, '--silent']);
    const content = JSON.parse(readFileSync(document, 'utf8')) as object;
    const problems = [
      ...untypedResponses(types),
      ...emptyObjectSchemas(content).map((path) => `${path}: an object with no properties`),
    ];
    if (problems.length > 0) {
      console.error(`${problems.length} part(s) of the contract a generated client cannot use:`);
      for (const problem of problems) console.error(`  ${problem}`);
      process.exitCode = 1;
      return;
    }
    console.log('Every operation has a typed success response.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
