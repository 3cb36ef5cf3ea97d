import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import type { Translate } from './i18n/index.js';

export type ExportFormat = 'csv' | 'xlsx';
export const exportFormats: readonly ExportFormat[] = ['csv', 'xlsx'];

export type ExportCell = string | number | null;

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => ExportCell;
  /** An amount or a count: grouped digits in the workbook (never a year, an id or a code). */
  numeric?: boolean;
  /**
   * The values are ISO dates (`YYYY-MM-DD`). `partial`: some are known only to the month or year
   * (`YYYY-MM`, `YYYY`); those go to a column of their own beside it, so the dates column holds only
   * days a spreadsheet can sort and filter.
   */
  date?: 'day' | 'partial';
}

export interface ExportSpec<R> {
  /** Without extension; it is reduced to safe characters and the format's extension is added. */
  filename: string;
  sheetName: string;
  /** The workbook's title property; the sheet name when not given. */
  title?: string;
  /** The workbook's author property: who publishes the data (the platform's name). */
  author?: string;
  /** The header of the column that holds a partial date's year or month ("{{header}} (year or month only)"). */
  partialHeader?: (header: string) => string;
  columns: ReadonlyArray<ExportColumn<R>>;
  rows: readonly R[];
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
 * Tab and carriage return are on the OWASP list too: some programs strip them and read what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const looksLikeFormula = (v: ExportCell): v is string =>
  typeof v === 'string' && FORMULA_START.test(v);

/** The CSV form of a cell: a leading apostrophe makes Excel and LibreOffice show it as text. */
export function csvCell(v: ExportCell): string | number {
  if (v === null) return '';
  return looksLikeFormula(v) ? `'${v}` : v;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The file's columns: a column of partial dates becomes two, the days (every value a full date)
 * and, right after it, the values known only to the month or year, so no column mixes the two.
 */
export function fileColumns<R>(spec: Pick<ExportSpec<R>, 'columns' | 'partialHeader'>): ExportColumn<R>[] {
  return spec.columns.flatMap((c) => {
    if (c.date !== 'partial') return [c];
    const of = (r: R) => c.value(r);
    const isDay = (v: ExportCell) => typeof v === 'string' && FULL_DAY.test(v);
    return [
      { header: c.header, date: 'day' as const, value: (r: R) => (isDay(of(r)) ? of(r) : null) },
      {
        header: spec.partialHeader?.(c.header) ?? `${c.header} (year or month only)`,
        value: (r: R) => {
          const v = of(r);
          if (v === null || isDay(v)) return null;
          // A year alone is a number a spreadsheet can sort; a month stays `YYYY-MM`.
          return typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : v;
        },
      },
    ];
  });
}

export function toCsv<R>(spec: Omit<ExportSpec<R>, 'filename' | 'sheetName'>): string {
  const columns = fileColumns(spec);
  const records = [
    columns.map((c) => csvCell(c.header)),
    ...spec.rows.map((r) => columns.map((c) => csvCell(c.value(r)))),
  ];
  // The BOM is what makes Excel read the file as UTF-8 (accented State names) instead of the local code page.
  return stringify(records, { bom: true, record_delimiter: 'windows' });
}

/** Excel limits sheet names to 31 characters and forbids a few. */
const sheetNameOf = (name: string) => name.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31) || 'Sheet1';

/** A day as Excel stores it: midnight UTC of that day, shown in the day format below. */
const dayCell = (v: string) => new Date(`${v}T00:00:00Z`);
const DAY_FORMAT = 'yyyy-mm-dd';

export async function toXlsx<R>(spec: Omit<ExportSpec<R>, 'filename'>): Promise<Uint8Array<ArrayBuffer>> {
  const columns = fileColumns(spec);
  const workbook = new ExcelJS.Workbook();
  workbook.title = spec.title ?? spec.sheetName;
  if (spec.author) {
    workbook.creator = spec.author;
    workbook.lastModifiedBy = spec.author;
  }
  const sheet = workbook.addWorksheet(sheetNameOf(spec.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = columns.map((c) => c.header.length);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of spec.rows) {
    const values = columns.map((c) => c.value(r));
    const row = sheet.addRow(
      values.map((v) => (typeof v === 'string' && FULL_DAY.test(v) ? dayCell(v) : (v ?? null))),
    );
    values.forEach((v, i) => {
      widths[i] = Math.max(widths[i] ?? 0, String(v ?? '').length);
      const cell = row.getCell(i + 1);
      // A string cell is never evaluated, but the Text format also keeps Excel from re-reading it on edit.
      if (looksLikeFormula(v)) cell.numFmt = '@';
      else if (typeof v === 'string' && FULL_DAY.test(v)) cell.numFmt = DAY_FORMAT;
      else if (typeof v === 'number' && columns[i]?.numeric)
        cell.numFmt = Number.isInteger(v) ? '#,##0' : '#,##0.00';
    });
  }
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(60, Math.max(8, (widths[i] ?? 0) + 2));
  });
  if (columns.length > 0)
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + spec.rows.length, column: columns.length },
    };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const safeFilename = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';

/** Sends a table as a CSV or XLSX download. */
export async function exportTable<R>(
  c: Context,
  given: ExportSpec<R>,
  format: ExportFormat,
): Promise<Response> {
  const t = (c as Context<{ Variables: { t?: Translate } }>).get('t');
  const spec: ExportSpec<R> = t
    ? {
        author: t('common:appName'),
        partialHeader: (header) => t('common:export.partialDate', { header }),
        ...given,
      }
    : given;
  const filename = `${safeFilename(spec.filename)}.${format}`;
  const headers = {
    'Content-Type': contentTypes[format],
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  };
  if (format === 'csv') return c.body(toCsv(spec), 200, headers);
  return c.body(await toXlsx(spec), 200, headers);
}
