import { Module } from '@nestjs/common';
import { JudgingController } from './judging.controller';
import { JudgingModule } from './judging.module';
import { OutcomesController } from './outcomes.controller';
import { PanelsController } from './panels.controller';
import { ResultsExportController } from './results-export.controller';

/** Controllers only: loaded by the API. */
@Module({
  imports: [JudgingModule],
  controllers: [PanelsController, JudgingController, OutcomesController, ResultsExportController],
})
export class JudgingHttpModule {}
