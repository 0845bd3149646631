import { Module } from '@nestjs/common';
import { NominationsController } from './nominations.controller';
import { NominationsModule } from './nominations.module';

/** Controllers only: loaded by the API. */
@Module({
  imports: [NominationsModule],
  controllers: [NominationsController],
})
export class NominationsHttpModule {}
