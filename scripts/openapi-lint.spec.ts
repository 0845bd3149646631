import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyObjectSchemas, untypedResponses } from './openapi-lint';

/** The shapes openapi-typescript writes for an operation's responses. */
const operation = (name: string, responses: string) => `
    ${name}: {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        requestBody?: never;
        responses: { ${responses} };
    };`;
const json = (status: number, type: string) =>
  `${status}: { headers: { [name: string]: unknown }; content: { "application/json": ${type} } };`;

describe('untypedResponses', () => {
  let dir: string;
  const check = (operations: string) => {
    const file = join(dir, 'api.d.ts');
    writeFileSync(file, `export interface operations {${operations}\n}\n`);
    return untypedResponses(file);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'commend-openapi-spec-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts typed bodies, arrays and a 204 without content', () => {
    const problems = check(
      operation('Get', json(200, '{ id: string; tags: string[] }')) +
        operation('List', json(200, '{ id: string }[]')) +
        operation('Remove', '204: { headers: { [name: string]: unknown }; content?: never };'),
    );

    expect(problems).toEqual([]);
  });

  it('names each operation whose success body a client cannot use', () => {
    const problems = check(
      operation('Bare', json(200, 'Record<string, never>')) +
        operation('Unknown', json(201, 'unknown')) +
        operation('Nothing', '200: { headers: { [name: string]: unknown }; content?: never };') +
        operation('OnlyErrors', json(404, '{ message: string }')),
    );

    expect(problems).toEqual([
      'Bare 200 application/json: Record<string, never>',
      'Unknown 201 application/json: unknown',
      'Nothing 200: no content',
      'OnlyErrors: no success response',
    ]);
  });
});

describe('emptyObjectSchemas', () => {
  it('finds an object schema that says nothing of its content, wherever it is', () => {
    const document = {
      components: {
        schemas: {
          Export: {
            type: 'object',
            properties: {
              rows: { type: 'array', items: { type: 'object' } },
              free: { type: 'object', additionalProperties: true },
              typed: { type: 'object', properties: { id: { type: 'string' } } },
            },
          },
        },
      },
    };

    expect(emptyObjectSchemas(document)).toEqual(['#/components/schemas/Export/properties/rows/items']);
  });
});
