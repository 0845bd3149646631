import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from './access.decorators';
import { Role } from './role';
import { UserSearchQueryDto, type UserSummaryView } from './dto/user-search.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /**
   * Find people who have signed in, by part of their name, sign-in name or e-mail (for building panels)
   * @remarks For admins; at most 20, closest names first.
   * @throws {400} `search` is missing, shorter than 2 or longer than 100 characters
   */
  @Get()
  @Allow(Role.Admin)
  search(@Query() query: UserSearchQueryDto): Promise<UserSummaryView[]> {
    return this.users.search(query.search);
  }
}
