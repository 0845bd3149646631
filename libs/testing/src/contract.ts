import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { appendFileSync } from 'node:fs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const DOCUMENT_ID = 'openapi';

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, ResponseObject | ReferenceObject>;
}

/**
 * OpenAPI 3.0's schema dialect as JSON Schema: `nullable` becomes a `null` type, references
 * point into the registered document, and an object with listed properties has no others, so
 * a field the contract does not name fails the check as surely as a missing one.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const schema = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]));
  if (typeof schema.$ref === 'string') schema.$ref = `${DOCUMENT_ID}${schema.$ref}`;
  if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  if (nullable !== true) return schema;
  if (typeof schema.type === 'string' && !schema.allOf && !schema.oneOf && !schema.anyOf) {
    const enumerated = Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {};
    return { ...schema, type: [schema.type, 'null'], ...enumerated };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

export interface CheckedResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

/**
 * Checks each response the e2e suites receive against the API's OpenAPI document: the status
 * must be one the operation lists, and a JSON body must match that response's schema. The
 * document is the one the browser app's client is generated from, so a response it does not
 * describe fails the test that received it.
 */
export class ContractCheck {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly document: OpenAPIObject;
  /** Responses checked so far. */
  checked = 0;

  constructor(document: OpenAPIObject) {
    this.document = document;
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: toJsonSchema(document.components ?? {}) });
    this.operations = Object.entries(document.paths)
      .flatMap(([template, item]) =>
        METHODS.flatMap((method) => {
          const operation = (item as Record<string, OperationObject | undefined>)[method];
          if (!operation) return [];
          const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
          return [
            {
              method,
              template,
              pattern: new RegExp(`^${source}$`),
              params: (template.match(/\{/g) ?? []).length,
              responses: operation.responses as Operation['responses'],
            },
          ];
        }),
      )
      // A literal segment wins over a parameter: /nominations/mine before /nominations/{id}.
      .sort((a, b) => a.params - b.params);
  }

  /** What is wrong with this response, or null when the contract describes it (or has no such operation). */
  problem(method: string, url: string, res: CheckedResponse): string | null {
    const path = new URL(url, 'http://localhost').pathname;
    const operation = this.operations.find((o) => o.method === method.toLowerCase() && o.pattern.test(path));
    if (!operation) return null; // not part of the contract: the docs page, the queue board, a route that does not exist
    this.checked += 1;
    const where = `${method.toUpperCase()} ${path} (${operation.template})`;
    const status = String(res.status);
    let response = operation.responses[status] ?? operation.responses.default;
    if (!response) {
      return `${where} answered ${status}, which the OpenAPI document does not list (it lists ${Object.keys(operation.responses).join(', ')})`;
    }
    if ('$ref' in response) response = this.resolve(response.$ref);
    const mediaType = (res.headers['content-type'] ?? '').split(';')[0].trim();
    // Files and pages: the status is checked, the bytes are not.
    if (mediaType !== 'application/json') return null;
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return `${where} answered ${status} with JSON, which the OpenAPI document does not describe`;
    const key = `${operation.method} ${operation.template} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as object);
      this.validators.set(key, validate);
    }
    if (validate(res.body)) return null;
    const mismatches = (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `  body${e.instancePath} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
    return `${where} answered ${status} with a body that does not match the OpenAPI document:\n${mismatches.join('\n')}`;
  }

  /** Adds this suite's count to CONTRACT_CHECK_LOG, when set, so a run can say how many were checked. */
  report(): void {
    const file = process.env.CONTRACT_CHECK_LOG;
    if (file) appendFileSync(file, `${this.checked}\n`);
  }

  private resolve(ref: string): ResponseObject {
    const name = ref.replace('#/components/responses/', '');
    return this.document.components?.responses?.[name] as ResponseObject;
  }
}
