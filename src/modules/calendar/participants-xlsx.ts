/*
 * A list of participants as an Excel workbook: the first worksheet, header row first, the same
 * columns as the CSV list. What the file would unpack to is measured before exceljs reads it
 * (kernel/xlsx-guard.ts), so a small file built to expand is refused without being expanded.
 */
import ExcelJS from 'exceljs';
import { checkXlsx, type XlsxLimits } from '../../kernel/xlsx-guard.js';
import { type ParticipantRow, type RowError, readParticipantRecords } from './participation.js';

const MiB = 1024 * 1024;

/**
 * Well above a real list (5,000 people × a dozen columns is 60,000 cells, a few MiB of XML) and low
 * enough that exceljs reads one within a few tens of MiB.
 */
export const PARTICIPANT_XLSX_LIMITS: XlsxLimits = {
  maxEntries: 200,
  maxEntryBytes: 16 * MiB,
  maxTotalBytes: 32 * MiB,
  maxCells: 150_000,
  maxRows: 20_000,
};

/** Columns read from each row: the list has six; anything past this is not part of it. */
const MAX_COLUMNS = 30;

const fileError = (key: string): { rows: ParticipantRow[]; errors: RowError[]; records: string[][] } => ({
  rows: [],
  errors: [{ line: 0, field: 'file', key }],
  records: [],
});

/** Whether the bytes are a zip (and so, for an upload, a workbook rather than text). */
export const looksLikeXlsx = (buf: Uint8Array) =>
  buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;

/**
 * Reads a list of participants from a workbook. Every problem comes back by row (the sheet's row
 * number); it never throws on a bad file. `records` are the cells read, header first, so the
 * preview can carry the list to its confirmation as CSV.
 */
export async function readParticipantsXlsx(
  buffer: Buffer,
  limits: XlsxLimits = PARTICIPANT_XLSX_LIMITS,
): Promise<{ rows: ParticipantRow[]; errors: RowError[]; records: string[][] }> {
  const check = await checkXlsx(buffer, limits);
  if (!check.ok)
    return fileError(
      check.reason === 'notZip'
        ? 'calendar:participants.errors.notXlsx'
        : 'calendar:participants.errors.xlsxTooLarge',
    );
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return fileError('calendar:participants.errors.notXlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileError('calendar:participants.errors.empty');
  const records: string[][] = [];
  const lines: number[] = [];
  try {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.min(row.cellCount, MAX_COLUMNS); c++) cells.push(row.getCell(c).text.trim());
      if (cells.every((v) => v === '')) return;
      records.push(cells);
      lines.push(rowNumber);
    });
  } catch {
    // A workbook exceljs opened but cannot walk is still the file's fault, not a crash.
    return fileError('calendar:participants.errors.notXlsx');
  }
  return { ...readParticipantRecords(records, lines), records };
}
