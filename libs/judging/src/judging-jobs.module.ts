import { Module } from '@nestjs/common';
import { JudgingProcessor } from './jobs/judging.processor';
import { JudgingModule } from './judging.module';

/** Processors only: loaded by the worker. */
@Module({
  imports: [JudgingModule],
  providers: [JudgingProcessor],
  exports: [JudgingProcessor],
})
export class JudgingJobsModule {}
