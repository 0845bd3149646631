import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DocumentBuilder,
  getSchemaPath,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ResponseObject,
} from '@nestjs/swagger';
import { PUBLIC_OPERATION } from '@commend/auth';
import { ErrorResponse, type AppConfig } from '@commend/core';
import { ApiModule } from './api.module';

const DOCUMENT = new DocumentBuilder()
  .setTitle('Commend API')
  .setDescription(
    'Staff recognition and safeguarding awards. Every refusal and failure answers with the one error shape ' +
      '(`ErrorResponse`): `code` is stable for clients, `message` is for a person.',
  )
  .setVersion('1')
  .setLicense('MIT', 'https://opensource.org/license/mit')
  .addServer('/')
  .addBearerAuth()
  .build();

const error = (description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } },
});

/**
 * The refusals that global pieces give on any route, so they are written once here rather than
 * on every operation: the validation pipe and the body-type interceptor (400, 413, 415), the
 * guard (401, 403), the rate limit on writes (429) and the error filter while PostgreSQL is down (503).
 */
const SHARED_RESPONSES: Record<string, { name: string; response: ResponseObject }> = {
  '400': { name: 'BadRequest', response: error('The input is refused: the message names the field or value') },
  '401': { name: 'Unauthorized', response: error('No token, or a token that is not valid (expired, wrong audience)') },
  '403': {
    name: 'Forbidden',
    response: error('Signed in, but not allowed: a role this route needs (`auth.role_required`), or sign-in refused'),
  },
  '413': { name: 'PayloadTooLarge', response: error('The request body is larger than the route accepts') },
  '415': { name: 'UnsupportedMediaType', response: error('The request body is of a type the route does not read') },
  '429': {
    name: 'TooManyRequests',
    response: error(
      'Too many changes by this person in a minute (`request.rate_limited`, RATE_LIMIT_WRITES_PER_MINUTE); try again after Retry-After',
    ),
  },
  '503': {
    name: 'ServiceUnavailable',
    response: error('The database is unreachable for now (`service.unavailable`); try again after Retry-After'),
  },
};

/** The methods the rate limit counts (libs/core rate-limit.guard.ts). */
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

const ref = (status: string) => ({ $ref: `#/components/responses/${SHARED_RESPONSES[status].name}` });

/**
 * Finishes what the controllers say (the swagger plugin reads their JSDoc: the summary,
 * `@remarks` as the description, `@throws {status}` as an error response listing its codes):
 * every error response gets the one error shape, public routes say they need no token, and the
 * global refusals are added where they apply.
 */
function complete(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.responses = Object.fromEntries(
    Object.values(SHARED_RESPONSES).map(({ name, response }) => [name, response]),
  );
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (typeof operation !== 'object' || !('responses' in operation)) continue;
      const extensions = operation as unknown as Record<string, unknown>;
      const isPublic = extensions[PUBLIC_OPERATION] === true;
      delete extensions[PUBLIC_OPERATION];
      if (isPublic) operation.security = [];
      const responses = operation.responses;
      for (const [status, response] of Object.entries(responses)) {
        if (response && Number(status) >= 400 && !('$ref' in response) && !response.content) {
          responses[status] = { ...error(response.description), ...response };
        }
      }
      const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0;
      const shared = [
        takesInput && '400',
        !isPublic && '401',
        !isPublic && '403',
        operation.requestBody && '413',
        operation.requestBody && '415',
        WRITE_METHODS.has(method) && '429',
        '503',
      ];
      for (const status of shared) if (status && !responses[status]) responses[status] = ref(status);
    }
  }
  return document;
}

/** The API's contract, read from the controllers and DTOs of a built app. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return complete(SwaggerModule.createDocument(app, DOCUMENT, { extraModels: [ErrorResponse] }));
}

/**
 * The same document without a database or Redis: Nest's preview mode resolves the modules'
 * metadata but instantiates no provider, so the lint step and the browser app's generated
 * client can read the contract on a machine where nothing is running.
 */
export async function buildOpenApiDocument(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create(ApiModule.forRoot(config), { preview: true, logger: false });
  app.setGlobalPrefix('api/v1');
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
