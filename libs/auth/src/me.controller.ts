import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from './access.decorators';
import type { AuthUser } from './auth-user';
import type { MeView } from './dto/me-view.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  /** The signed-in user and the roles in their token */
  @Get()
  me(@CurrentUser() user: AuthUser): MeView {
    return user;
  }
}
