import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import {
  BodyTypeInterceptor,
  noStore,
  RequestInputPipe,
  requestIdMiddleware,
  startupLogger,
  type AppConfig,
} from '@commend/core';
import { ApiModule } from './api.module';
import { createOpenApiDocument } from './openapi';
import { QUEUE_BOARD_PATH, QueueBoard } from './queue-board/queue-board';

/** Builds the API exactly as production runs it; tests call this too. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: startupLogger(config.logLevel),
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.use(requestIdMiddleware);
  app.use(helmet());
  // Every answer of the API and the board; the OpenAPI page's files (/api/docs) keep their caching.
  app.use(['/api/v1', QUEUE_BOARD_PATH], noStore);
  // After helmet, so the board has the API's security headers too (its page loads only its own
  // scripts, which helmet's default policy allows); it answers only to admins.
  app.get(QueueBoard).mount(app);
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix('api/v1');
  // The input pipe first: it refuses what no DTO should ever see (NUL, lone surrogates, deep nesting).
  app.useGlobalPipes(
    new RequestInputPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.useGlobalInterceptors(new BodyTypeInterceptor(app.get(Reflector)));

  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app));
  return app;
}
