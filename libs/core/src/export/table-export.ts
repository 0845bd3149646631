import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { contentDisposition } from '../http/download';

/**
 * The one writer of the coordinator's exports (nominations, results), so a CSV and a workbook
 * of the same export always carry the same columns, values and protections. The lib that owns
 * the data says what the columns are and streams its rows in batches; this file knows only
 * about cells.
 */

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ExportCell = string | number | Date | null;

export interface ExportColumn {
  /** The same key in two sheets is the same CSV column (e.g. a criterion's title, a judge's id). */
  key: string;
  header: string;
  type: 'text' | 'number' | 'date';
  /** The workbook's column width, in characters; text columns default to 20, others to 12. */
  width?: number;
}

export interface ExportSheet {
  /** The workbook's sheet (a category's name); the CSV has no sheets and puts them one after another. */
  name: string;
  columns: ExportColumn[];
  /** The rows in batches, keyed by column key; a missing key is an empty cell. */
  rows: () => AsyncIterable<Record<string, ExportCell>[]> | Iterable<Record<string, ExportCell>[]>;
}

/**
 * A field a spreadsheet would run as a formula (= + - @, tab, carriage return at the start) gets
 * an apostrophe in front (OWASP "CSV injection"): statements are typed by colleagues and these
 * files are opened in Excel. Numbers the export computes are written as numbers and not touched.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formulas neutralised. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV's columns: every sheet's, each key once, in the order first met. */
export function csvColumns(sheets: ExportSheet[]): ExportColumn[] {
  const seen = new Map<string, ExportColumn>();
  for (const sheet of sheets)
    for (const column of sheet.columns) if (!seen.has(column.key)) seen.set(column.key, column);
  return [...seen.values()];
}

function csvCell(value: ExportCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return String(value);
  return csvField(value);
}

/** The export as one CSV file: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF lines. */
export async function* writeCsv(sheets: ExportSheet[]): AsyncGenerator<string> {
  const columns = csvColumns(sheets);
  yield `\ufeff${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
  for (const sheet of sheets) {
    for await (const batch of sheet.rows()) {
      yield batch.map((row) => `${columns.map((c) => csvCell(row[c.key])).join(',')}\r\n`).join('');
    }
  }
}

/** Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .replace(/[:\\/?*[\]]/g, ' ')
        .trim()
        .slice(0, 31) || 'Sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
      candidate = `${base.slice(0, 31 - `${n}`.length - 1)} ${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function workbookCell(value: ExportCell | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return neutraliseFormula(value);
  return value;
}

/**
 * The export as an Excel workbook, one sheet per ExportSheet, written with exceljs's streaming
 * writer: each row is committed (serialised into the zip) as it comes, so a large programme is
 * never held whole. Header row frozen, dates as Excel dates (UTC), numbers as numbers.
 */
export function writeWorkbook(sheets: ExportSheet[]): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const names = sheetNames(sheets.map((s) => s.name));
  void (async () => {
    for (const [i, sheet] of sheets.entries()) {
      const worksheet = workbook.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = sheet.columns.map((c) => ({
        key: c.key,
        header: c.header,
        width: c.width ?? (c.type === 'text' ? 20 : 12),
        style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm' } : {},
      }));
      worksheet.getRow(1).font = { bold: true };
      for await (const batch of sheet.rows()) {
        for (const row of batch) {
          worksheet.addRow(Object.fromEntries(sheet.columns.map((c) => [c.key, workbookCell(row[c.key])]))).commit();
        }
      }
      worksheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/** The export in the format asked for, as a stream to hand to the response. */
export function exportStream(sheets: ExportSheet[], format: ExportFormat): Readable {
  return format === 'csv' ? Readable.from(writeCsv(sheets)) : writeWorkbook(sheets);
}

/** The response headers of an export: its type, the name to save it under, never kept in a shared cache (personal data). */
export function exportHeaders(fileName: string, format: ExportFormat): Record<string, string> {
  return {
    'Content-Type': EXPORT_MEDIA_TYPES[format],
    'Content-Disposition': contentDisposition(`${fileName}.${format}`),
    'Cache-Control': 'no-store',
  };
}

/** The OpenAPI description of an export's body, in both formats. */
export const EXPORT_CONTENT = {
  'text/csv': { schema: { type: 'string' } },
  [EXPORT_MEDIA_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
} as const;
