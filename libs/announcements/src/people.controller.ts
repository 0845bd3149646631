import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { DomainError } from '@commend/core';
import { PeopleExportService } from './people-export.service';

const EMAIL = /^[^\s@]{1,200}@[^\s@]{1,200}$/;

@ApiTags('data protection')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly exports: PeopleExportService) {}

  /** A subject access export: everything held about the person with this work e-mail. */
  @Get(':email/export')
  @Allow(Role.Admin)
  export(@Param('email') email: string, @CurrentUser() user: AuthUser): Promise<Record<string, unknown>> {
    if (!EMAIL.test(email)) throw new DomainError('invalid', 'person.email_invalid', 'email must be an e-mail address');
    return this.exports.export(email, user);
  }
}
