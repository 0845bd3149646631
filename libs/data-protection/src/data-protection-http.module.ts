import { Module } from '@nestjs/common';
import { DataProtectionModule } from './data-protection.module';
import { PeopleController } from './people.controller';

/** Controllers only: loaded by the API. */
@Module({ imports: [DataProtectionModule], controllers: [PeopleController] })
export class DataProtectionHttpModule {}
