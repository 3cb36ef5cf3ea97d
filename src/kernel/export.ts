import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';

export type ExportFormat = 'csv' | 'xlsx';
export const exportFormats: readonly ExportFormat[] = ['csv', 'xlsx'];

export type ExportCell = string | number | null;

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => ExportCell;
}

export interface ExportSpec<R> {
  /** Without extension; it is reduced to safe characters and the format's extension is added. */
  filename: string;
  sheetName: string;
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

export function toCsv<R>(spec: Omit<ExportSpec<R>, 'filename' | 'sheetName'>): string {
  const records = [
    spec.columns.map((c) => csvCell(c.header)),
    ...spec.rows.map((r) => spec.columns.map((c) => csvCell(c.value(r)))),
  ];
  // The BOM is what makes Excel read the file as UTF-8 (accented State names) instead of the local code page.
  return stringify(records, { bom: true, record_delimiter: 'windows' });
}

/** Excel limits sheet names to 31 characters and forbids a few. */
const sheetNameOf = (name: string) => name.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31) || 'Sheet1';

export async function toXlsx<R>(spec: Omit<ExportSpec<R>, 'filename'>): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(spec.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = spec.columns.map((c) => c.header.length);
  sheet.addRow(spec.columns.map((c) => c.header)).font = { bold: true };
  for (const r of spec.rows) {
    const values = spec.columns.map((c) => c.value(r));
    const row = sheet.addRow(values.map((v) => v ?? null));
    values.forEach((v, i) => {
      widths[i] = Math.max(widths[i] ?? 0, String(v ?? '').length);
      // A string cell is never evaluated, but the Text format also keeps Excel from re-reading it on edit.
      if (looksLikeFormula(v)) row.getCell(i + 1).numFmt = '@';
    });
  }
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(60, Math.max(8, (widths[i] ?? 0) + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const safeFilename = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';

/** Sends a table as a CSV or XLSX download. */
export async function exportTable<R>(
  c: Context,
  spec: ExportSpec<R>,
  format: ExportFormat,
): Promise<Response> {
  const filename = `${safeFilename(spec.filename)}.${format}`;
  const headers = {
    'Content-Type': contentTypes[format],
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  };
  if (format === 'csv') return c.body(toCsv(spec), 200, headers);
  return c.body(await toXlsx(spec), 200, headers);
}
