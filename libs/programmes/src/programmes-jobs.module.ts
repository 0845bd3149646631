import { Module } from '@nestjs/common';
import { ProgrammeClockProcessor } from './jobs/programme-clock.processor';
import { ProgrammesModule } from './programmes.module';

/** Processors only: loaded by the worker. */
@Module({
  imports: [ProgrammesModule],
  providers: [ProgrammeClockProcessor],
})
export class ProgrammesJobsModule {}
