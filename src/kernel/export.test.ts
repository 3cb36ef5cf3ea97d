import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type ExportFormat, type ExportSpec, exportTable } from './export.js';

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
});
