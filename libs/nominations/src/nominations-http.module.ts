import { Module } from '@nestjs/common';
import { ConsentController } from './consent.controller';
import { NominationsExportController } from './nominations-export.controller';
import { NominationsController } from './nominations.controller';
import { NominationsModule } from './nominations.module';

/** Controllers only: loaded by the API. */
@Module({
  imports: [NominationsModule],
  controllers: [NominationsController, ConsentController, NominationsExportController],
})
export class NominationsHttpModule {}
