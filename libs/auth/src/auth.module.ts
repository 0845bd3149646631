import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { EntraIdStrategy } from './entra-id.strategy';
import { IssuerHealthIndicator } from './issuer.health';
import { OidcKeysService } from './oidc-keys.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Global()
@Module({
  imports: [PassportModule, TerminusModule, TypeOrmModule.forFeature([User])],
  providers: [OidcKeysService, EntraIdStrategy, UsersService, IssuerHealthIndicator],
  exports: [OidcKeysService, UsersService, IssuerHealthIndicator],
})
export class AuthModule {}
