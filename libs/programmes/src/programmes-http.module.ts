import { Module } from '@nestjs/common';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesModule } from './programmes.module';

/** Controllers only: loaded by the API. */
@Module({
  imports: [ProgrammesModule],
  controllers: [ProgrammesController],
})
export class ProgrammesHttpModule {}
