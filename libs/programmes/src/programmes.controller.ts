import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { CategoriesService } from './categories.service';
import { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto';
import { CopyProgrammeDto, ProgrammeReadinessView } from './dto/readiness.dto';
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

  /**
   * Create a programme, as a draft
   * @throws {400} The dates are out of order: `programme.invalid_dates`
   * @throws {409} Another programme has this reference prefix: `programme.prefix_taken`, `duplicate`
   */
  @Post('programmes')
  @Allow(Role.Admin)
  create(@Body() dto: CreateProgrammeDto, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.create(dto, user);
  }

  /**
   * List the programmes you may see
   * @remarks Drafts are listed for admins only.
   */
  @Get('programmes')
  list(@CurrentUser() user: AuthUser): Promise<Programme[]> {
    return this.programmes.list(user);
  }

  /**
   * Read a programme
   * @throws {404} No such programme, or a draft you may not see: `programme.not_found`
   */
  @Get('programmes/:id')
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.get(id, user);
  }

  /**
   * Change a programme (with the version you read)
   * @throws {400} `programme.invalid_dates`
   * @throws {404} `programme.not_found`
   * @throws {409} Changed since you read it: `programme.stale`, `programme.prefix_taken`, `duplicate`
   * @throws {422} The programme's state forbids the change: `programme.invalid_state`
   */
  @Patch('programmes/:id')
  @Allow(Role.Admin)
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateProgrammeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Programme> {
    return this.programmes.update(id, dto, user);
  }

  /**
   * Check a programme before it opens
   * @remarks `problems` must be cleared before it can open; `warnings` need not be.
   * @throws {404} `programme.not_found`
   */
  @Get('programmes/:id/readiness')
  @Allow(Role.Admin)
  readiness(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ProgrammeReadinessView> {
    return this.programmes.readiness(id, user);
  }

  /**
   * Copy a programme into a new draft, with its categories, criteria and panels
   * @remarks No nominations are copied. Dates move on by a year unless given.
   * @throws {400} The dates are out of order: `programme.invalid_dates`
   * @throws {404} `programme.not_found`
   * @throws {409} Another programme has this reference prefix: `programme.prefix_taken`, `duplicate`
   */
  @Post('programmes/:id/copy')
  @Allow(Role.Admin)
  copy(
    @Param('id', uuid) id: string,
    @Body() dto: CopyProgrammeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Programme> {
    return this.programmes.copy(id, dto, user);
  }

  /**
   * Open a programme for nominations
   * @remarks Refused until the readiness check has no problems; `details.problems` names each.
   * @throws {404} `programme.not_found`
   * @throws {422} The lifecycle does not allow it from this state, or something is missing: `programme.invalid_state`, `programme.not_ready`
   */
  @Post('programmes/:id/open')
  @HttpCode(200)
  @Allow(Role.Admin)
  open(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.open(id, user);
  }

  /**
   * Close a programme's nominations
   * @throws {404} `programme.not_found`
   * @throws {422} The lifecycle does not allow it from this state: `programme.invalid_state`
   */
  @Post('programmes/:id/close')
  @HttpCode(200)
  @Allow(Role.Admin)
  close(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Programme> {
    return this.programmes.close(id, user);
  }

  /**
   * Add an award category to a programme
   * @throws {404} `programme.not_found`
   * @throws {409} `duplicate`
   * @throws {422} `programme.invalid_state`
   */
  @Post('programmes/:id/categories')
  @Allow(Role.Admin)
  createCategory(
    @Param('id', uuid) id: string,
    @Body() dto: CreateCategoryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Category> {
    return this.categories.create(id, dto, user);
  }

  /**
   * List a programme's categories
   * @throws {404} `programme.not_found`
   */
  @Get('programmes/:id/categories')
  listCategories(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Category[]> {
    return this.categories.list(id, user);
  }

  /**
   * Read a category with its criteria
   * @throws {404} `category.not_found`
   */
  @Get('categories/:id')
  getCategory(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<Category> {
    return this.categories.get(id, user);
  }

  /**
   * Change a category (with the version you read)
   * @throws {404} `category.not_found`
   * @throws {409} Changed since you read it: `category.stale`
   * @throws {422} Criteria cannot change once nominations exist: `category.criteria_locked`
   */
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
