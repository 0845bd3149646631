import { Module } from '@nestjs/common';
import { ProgrammesModule } from '@commend/programmes';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The programme dashboard: the API composes the owners' counts (no lib reads another's tables). */
@Module({
  imports: [ProgrammesModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
