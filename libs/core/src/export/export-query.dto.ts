import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { Optional } from '../validation/optional';
import { EXPORT_FORMATS, type ExportFormat } from './table-export';

/** What every coordinator's export is asked with: its format, and one category or the whole programme. */
export class ExportQueryDto {
  /** csv (one file, UTF-8) or xlsx (an Excel workbook, one sheet per category). */
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format: ExportFormat;

  /** One category of the programme; without it, every category. */
  @Optional()
  @IsUUID('all', { message: 'categoryId must be the id of one of the programme’s categories' })
  categoryId?: string;
}
