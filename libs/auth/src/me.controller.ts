import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from './access.decorators';
import type { AuthUser } from './auth-user';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  @Get()
  @ApiOkResponse({ description: 'The signed-in user and the roles in their token' })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
