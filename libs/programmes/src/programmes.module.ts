import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@commend/audit';
import { CategoriesService } from './categories.service';
import { CategoryPanels } from './category-panels';
import { CategoryUsage } from './category-usage';
import { Category } from './entities/category.entity';
import { Criterion } from './entities/criterion.entity';
import { Programme } from './entities/programme.entity';
import { ProgrammeLifecycle } from './programme-lifecycle';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [TypeOrmModule.forFeature([Programme, Category, Criterion]), AuditModule],
  providers: [ProgrammesService, CategoriesService, ProgrammeLifecycle, CategoryUsage, CategoryPanels],
  exports: [ProgrammesService, CategoriesService, ProgrammeLifecycle, CategoryUsage, CategoryPanels, TypeOrmModule],
})
export class ProgrammesModule {}
