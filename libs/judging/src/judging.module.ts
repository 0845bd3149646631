import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@commend/audit';
import { NominationsModule } from '@commend/nominations';
import { CategoryPanels, ProgrammesModule } from '@commend/programmes';
import { ConflictsService } from './conflicts.service';
import { Conflict } from './entities/conflict.entity';
import { OutcomesRecord } from './entities/outcomes-record.entity';
import { Outcome } from './entities/outcome.entity';
import { PanelMember } from './entities/panel-member.entity';
import { Score } from './entities/score.entity';
import { Scorecard } from './entities/scorecard.entity';
import { JudgingAccess } from './judging-access.service';
import { JudgingService } from './judging.service';
import { OutcomesService } from './outcomes.service';
import { PanelsService } from './panels.service';
import { ResultsExportService } from './results-export.service';
import { ResultsService } from './results.service';
import { ScorecardsService } from './scorecards.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PanelMember, Conflict, Scorecard, Score, OutcomesRecord, Outcome]),
    NominationsModule,
    ProgrammesModule,
    AuditModule,
  ],
  providers: [
    JudgingAccess,
    PanelsService,
    ConflictsService,
    JudgingService,
    ScorecardsService,
    ResultsService,
    ResultsExportService,
    OutcomesService,
  ],
  exports: [
    JudgingAccess,
    PanelsService,
    ConflictsService,
    JudgingService,
    ScorecardsService,
    ResultsService,
    ResultsExportService,
    OutcomesService,
    TypeOrmModule,
  ],
})
export class JudgingModule {
  // Readiness and copying ask for panels: programmes asks, this lib answers (see CategoryPanels).
  constructor(categoryPanels: CategoryPanels, panels: PanelsService) {
    categoryPanels.register(panels);
  }
}
