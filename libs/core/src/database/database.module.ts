import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/**
 * The one PostgreSQL connection pool. Feature modules register their entities with
 * `TypeOrmModule.forFeature([...])` (explicit lists, no globs); the schema changes only
 * through migrations (`npm run migration:run`).
 */
@Module({})
export class DatabaseModule {
  /** `poolSize`: the worker holds a connection through each e-mail it sends, so it needs more. */
  static forRoot(options: { poolSize?: number } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: config.databaseUrl,
            autoLoadEntities: true,
            uuidExtension: 'pgcrypto' as const,
            installExtensions: false,
            synchronize: false,
            migrationsRun: false,
            // Fail fast at start rather than retrying for a minute with the error hidden.
            retryAttempts: 2,
            retryDelay: 1000,
            extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
          }),
        }),
      ],
    };
  }
}
