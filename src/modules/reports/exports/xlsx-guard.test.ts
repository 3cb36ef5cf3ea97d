import { describe, expect, it } from 'vitest';
import { readZipParts, withPart, writeZip, zipBomb } from '../../../../test/zip.js';
import { checkXlsx, rangeArea, XLSX_LIMITS } from '../../../kernel/xlsx-guard.js';
import { template2010 as template } from '../template/template-2010.js';
import { lebanonWorkbook } from '../testing.js';
import { parseReportXlsx } from './xlsx.js';

const workbook = () => lebanonWorkbook({ template });

const keysOf = async (buffer: Buffer) => {
  const parsed = await parseReportXlsx({ template, buffer });
  return parsed.ok ? [] : parsed.errors.map((e) => e.key);
};

/** Peak resident memory over the run of `fn`, above what it was before, in MiB. */
async function peakGrowth(fn: () => Promise<unknown>): Promise<{ mib: number; ms: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = Date.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { mib: (peak - start) / 1024 / 1024, ms: Date.now() - t0 };
}

/** `n` extra cells in rows below the sheet's own. */
const manyCells = (n: number, perRow = 10) => {
  const rows: string[] = [];
  for (let r = 0; r < n / perRow; r++) {
    const row = 1000 + r;
    const cells = Array.from({ length: perRow }, (_, c) => `<c r="${String.fromCharCode(66 + c)}${row}"/>`);
    rows.push(`<row r="${row}">${cells.join('')}</row>`);
  }
  return (xml: string) => xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
};

describe('the workbook guard measures what exceljs would unpack and build', () => {
  it('lets a real workbook through, also when rewritten part by part', async () => {
    const buffer = await workbook();
    expect(await checkXlsx(buffer)).toEqual({ ok: true });
    const rewritten = writeZip(readZipParts(buffer));
    expect(await checkXlsx(rewritten)).toEqual({ ok: true });
    // The empty report misses its required cover answers: the same ones, read from either file.
    expect(await keysOf(rewritten)).toEqual(['errors:required', 'errors:required']);
    expect(await keysOf(buffer)).toEqual(await keysOf(rewritten));
  });

  it('stops a part that unpacks to more than it declares after a few bytes, in little time and memory', async () => {
    // 256 MiB of spaces in ~260 kB, declared as the sheet's real few kB.
    const bomb = zipBomb(await workbook(), 256);
    expect(bomb.length).toBeLessThan(400_000);
    let keys: string[] = [];
    const cost = await peakGrowth(async () => {
      keys = await keysOf(bomb);
    });
    expect(keys).toEqual(['reportExports:errors.unpackedTooLarge']);
    expect(cost.ms).toBeLessThan(2000);
    expect(cost.mib).toBeLessThan(100);
  });

  it('refuses too many cells, rows, and merged, validated or named ranges that exceljs lists cell by cell', async () => {
    const buffer = await workbook();
    const sheet = 'xl/worksheets/sheet2.xml';
    expect(await keysOf(withPart(buffer, sheet, manyCells(XLSX_LIMITS.maxCells + 10_000)))).toEqual([
      'reportExports:errors.tooManyCells',
    ]);
    const emptyRows = (xml: string) =>
      xml.replace(
        '</sheetData>',
        `${Array.from({ length: XLSX_LIMITS.maxRows + 1 }, (_, i) => `<row r="${1000 + i}"/>`).join('')}</sheetData>`,
      );
    expect(await keysOf(withPart(buffer, sheet, emptyRows))).toEqual(['reportExports:errors.tooManyRows']);

    // 26 columns × 20,000 rows = 520,000 cells from a few bytes each.
    const merge = withPart(buffer, sheet, (xml) =>
      xml.replace(/<mergeCell ref="[^"]*"/, '<mergeCell ref="A3:Z20002"'),
    );
    const validation = withPart(buffer, 'xl/worksheets/sheet3.xml', (xml) =>
      xml.replace(/sqref="[^"]*"/, 'sqref="A1:Z20000"'),
    );
    const named = withPart(buffer, 'xl/workbook.xml', (xml) =>
      xml.replace(
        '</workbook>',
        '<definedNames><definedName name="all">Cover!$A$1:$Z$20000</definedName></definedNames></workbook>',
      ),
    );
    for (const file of [merge, validation, named])
      expect(await keysOf(file)).toEqual(['reportExports:errors.tooManyCells']);
  });

  it('counts the cells a reference names', () => {
    expect(rangeArea('A1')).toBe(1);
    expect(rangeArea('B2:D4')).toBe(9);
    expect(rangeArea('$A$1:$C$2')).toBe(6);
    expect(rangeArea("'My sheet'!$A$1:$A$300")).toBe(300);
    expect(rangeArea('C:D')).toBe(2 * 1_048_576);
    expect(rangeArea('3:4')).toBe(2 * 16_384);
    expect(rangeArea('#REF!')).toBe(1);
  });
});
