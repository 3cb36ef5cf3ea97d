import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** Checks a download answered 200 as an attachment named `*.ext`; the response, to read. */
async function attachment(answer: Response | Promise<Response>, ext: 'csv' | 'xlsx') {
  const res = await answer;
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(
    new RegExp(`^attachment; filename="[\\w.-]+\\.${ext}"$`),
  );
  return res;
}

/** A CSV download: 200, text/csv, an attachment; its bytes. */
async function csvBody(answer: Response | Promise<Response>) {
  const res = await attachment(answer, 'csv');
  expect(res.headers.get('content-type')).toContain('text/csv');
  return Buffer.from(await res.arrayBuffer());
}

/** A CSV download (200, text/csv, an attachment): its rows, header first, the byte-order mark dropped. */
export async function csvRows(answer: Response | Promise<Response>): Promise<string[][]> {
  return parse(await csvBody(answer), { bom: true }) as string[][];
}

/** A CSV download as `csvRows` checks it: each row after the header, keyed by the header's names. */
export async function csvRecords(answer: Response | Promise<Response>): Promise<Record<string, string>[]> {
  return parse(await csvBody(answer), { bom: true, columns: true }) as Record<string, string>[];
}

/** An XLSX download: 200, an attachment; its first sheet. */
export async function xlsxSheet(answer: Response | Promise<Response>): Promise<ExcelJS.Worksheet> {
  const res = await attachment(answer, 'xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets[0]!;
}
