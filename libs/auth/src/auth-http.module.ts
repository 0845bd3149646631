import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthModule } from './auth.module';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';

/** Controllers and the global guard: loaded by the API only. */
@Module({
  imports: [AuthModule],
  controllers: [MeController, UsersController],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthHttpModule {}
