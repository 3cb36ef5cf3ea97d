import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type ExportFormat, type ExportSpec, exportTable, toCsv } from './export.js';

interface Row {
  name: string;
  code: string;
  count: number | null;
  note: string | null;
}

const rows: Row[] = [
  { name: "Côte d'Ivoire", code: 'CIV', count: 3, note: null },
  { name: 'Türkiye, "quoted"', code: 'TUR', count: null, note: 'line one\nline two' },
  { name: '=HYPERLINK("http://evil.example","x")', code: '+1', count: -2, note: '@SUM(A1)' },
  { name: '-cmd', code: 'ABC', count: 0, note: '\tTAB' },
];

const spec: ExportSpec<Row> = {
  filename: 'test export/ü',
  sheetName: 'A sheet: with [bad] chars and far too long a name',
  columns: [
    { header: 'Name', value: (r) => r.name },
    { header: 'Code', value: (r) => r.code },
    { header: 'Count', value: (r) => r.count },
    { header: 'Note', value: (r) => r.note },
  ],
  rows,
};

function appFor(format: ExportFormat) {
  const app = new Hono();
  app.get('/x', (c) => exportTable(c, spec, format));
  return app;
}

describe('exportTable', () => {
  it('CSV: UTF-8 with BOM, a header row, every row, and formula-like cells neutralised', async () => {
    const res = await appFor('csv').request('/x');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="test-export.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(Buffer.from(bytes), { bom: true }) as string[][];
    expect(records).toEqual([
      ['Name', 'Code', 'Count', 'Note'],
      ["Côte d'Ivoire", 'CIV', '3', ''],
      ['Türkiye, "quoted"', 'TUR', '', 'line one\nline two'],
      [`'=HYPERLINK("http://evil.example","x")`, "'+1", '-2', "'@SUM(A1)"],
      ["'-cmd", 'ABC', '0', "'\tTAB"],
    ]);
  });

  it('XLSX: bold frozen header, typed cells, formula-like strings stored as text', async () => {
    const res = await appFor('xlsx').request('/x');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="test-export.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[[\]:]/);
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).value).toBe("Côte d'Ivoire");
    expect(sheet.getRow(2).getCell(3).value).toBe(3);
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    const evil = sheet.getRow(4).getCell(1);
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(evil.numFmt).toBe('@');
    expect(sheet.getRow(4).getCell(3).value).toBe(-2);
    for (const col of sheet.columns) expect(col.width).toBeGreaterThanOrEqual(8);
  });

  it('an empty table still has its header row', async () => {
    const app = new Hono();
    app.get('/x', (c) => exportTable(c, { ...spec, rows: [] }, 'csv'));
    const records = parse(Buffer.from(await (await app.request('/x')).arrayBuffer()), { bom: true });
    expect(records).toEqual([['Name', 'Code', 'Count', 'Note']]);
  });

  it('XLSX: days as date cells, amounts grouped, years plain, an autofilter, a title and an author', async () => {
    interface Due {
      state: string;
      year: number;
      amount: number;
      due: string | null;
    }
    const app = new Hono();
    app.get('/x', (c) =>
      exportTable<Due>(
        c,
        {
          filename: 'due',
          sheetName: 'Deadlines',
          title: 'Deadlines on 5 December 2026',
          author: 'CCM Cooperation',
          partialHeader: (h) => `${h} (year only)`,
          columns: [
            { header: 'State', value: (r) => r.state },
            { header: 'Year', value: (r) => r.year },
            { header: 'Amount', value: (r) => r.amount, numeric: true },
            { header: 'Deadline', value: (r) => r.due, date: 'partial' },
          ],
          rows: [
            { state: 'Lao PDR', year: 2022, amount: 1100000, due: '2025-08-01' },
            { state: 'Chad', year: 2023, amount: 2.5, due: '2026' },
            { state: 'Iraq', year: 2024, amount: 0, due: null },
          ],
        },
        'xlsx',
      ),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await app.request('/x')).arrayBuffer());
    expect(workbook.title).toBe('Deadlines on 5 December 2026');
    expect(workbook.creator).toBe('CCM Cooperation');
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'State',
      'Year',
      'Amount',
      'Deadline',
      'Deadline (year only)',
    ]);
    expect(sheet.autoFilter).toBe('A1:E4');
    const day = sheet.getRow(2).getCell(4);
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect((day.value as Date).toISOString()).toBe('2025-08-01T00:00:00.000Z');
    expect(day.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(2).getCell(5).value).toBeNull();
    // The year-only deadline is in its own column, as a number; the dates column stays empty for it.
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
    expect(sheet.getRow(3).getCell(5).value).toBe(2026);
    expect(sheet.getRow(2).getCell(2).numFmt).toBeUndefined();
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0');
    expect(sheet.getRow(3).getCell(3).numFmt).toBe('#,##0.00');
  });

  it('CSV: a partial date column is split the same way as in the workbook', () => {
    const csv = toCsv<{ due: string | null }>({
      columns: [{ header: 'Deadline', value: (r) => r.due, date: 'partial' }],
      rows: [{ due: '2025-08-01' }, { due: '2026' }, { due: '2026-03' }, { due: null }],
    });
    expect(parse(csv, { bom: true })).toEqual([
      ['Deadline', 'Deadline (year or month only)'],
      ['2025-08-01', ''],
      ['', '2026'],
      ['', '2026-03'],
      ['', ''],
    ]);
  });
});
