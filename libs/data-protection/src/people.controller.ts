import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser, Role, type AuthUser } from '@commend/auth';
import { ExportPersonDto } from './dto/export-person.dto';
import type { PersonExport } from './dto/person-export.dto';
import { PeopleExportService } from './people-export.service';

@ApiTags('data protection')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly exports: PeopleExportService) {}

  /**
   * A subject access export: everything held about the person with this work e-mail
   * @remarks A POST with the address in the body, so the address stays out of request logs; nothing is created.
   */
  @Post('export')
  @HttpCode(HttpStatus.OK)
  @Allow(Role.Admin)
  export(@Body() body: ExportPersonDto, @CurrentUser() user: AuthUser): Promise<PersonExport> {
    return this.exports.export(body.email, user);
  }
}
