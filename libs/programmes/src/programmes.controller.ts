import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { CategoriesService } from './categories.service';
import { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto';
import type { Category } from './entities/category.entity';
import type { Programme } from './entities/programme.entity';
import { ProgrammesService } from './programmes.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly categories: CategoriesService,
  ) {}

  @Post('programmes')
  @Allow(Role.Admin)
  create(@Body() dto: CreateProgrammeDto, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.create(dto, user);
  }

  @Get('programmes')
  list(@CurrentUser() user: AuthUser): Promise<Programme[]> {
    return this.programmes.list(user);
  }

  @Get('programmes/:id')
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.get(id, user);
  }

  @Patch('programmes/:id')
  @Allow(Role.Admin)
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateProgrammeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Programme> {
    return this.programmes.update(id, dto, user);
  }

  @Post('programmes/:id/open')
  @HttpCode(200)
  @Allow(Role.Admin)
  open(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.open(id, user);
  }

  @Post('programmes/:id/close')
  @HttpCode(200)
  @Allow(Role.Admin)
  close(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.close(id, user);
  }

  @Post('programmes/:id/categories')
  @Allow(Role.Admin)
  createCategory(
    @Param('id', uuid) id: string,
    @Body() dto: CreateCategoryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Category> {
    return this.categories.create(id, dto, user);
  }

  @Get('programmes/:id/categories')
  listCategories(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Category[]> {
    return this.categories.list(id, user);
  }

  @Get('categories/:id')
  getCategory(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Category> {
    return this.categories.get(id, user);
  }

  @Patch('categories/:id')
  @Allow(Role.Admin)
  updateCategory(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateCategoryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Category> {
    return this.categories.update(id, dto, user);
  }
}
