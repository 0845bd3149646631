import { Module } from '@nestjs/common';
import { JudgingJobs } from './jobs/judging-jobs.service';
import { JudgingModule } from './judging.module';

/** Processors only: loaded by the worker. */
@Module({
  imports: [JudgingModule],
  providers: [JudgingJobs],
  exports: [JudgingJobs],
})
export class JudgingJobsModule {}
