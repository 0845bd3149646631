import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '@commend/core';
import { ApiModule } from './api.module';

const DOCUMENT = new DocumentBuilder()
  .setTitle('Commend API')
  .setDescription('Staff recognition and safeguarding awards')
  .setVersion('1')
  .addBearerAuth()
  .build();

/** The API's contract, read from the controllers and DTOs of a built app. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, DOCUMENT);
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
