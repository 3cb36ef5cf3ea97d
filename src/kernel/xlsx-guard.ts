import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

/*
 * What an uploaded workbook costs to read, measured before exceljs sees it. exceljs (through JSZip)
 * unpacks every part whole into memory and builds an object per cell — and per cell of every merged
 * range, data-validation range and defined name — so a 2 MB file can ask for gigabytes. The sizes a
 * zip declares are whatever its author wrote; only the bytes actually inflated count here.
 */

export interface XlsxLimits {
  /** Parts in the zip. */
  maxEntries: number;
  /** Bytes one part may inflate to. */
  maxEntryBytes: number;
  /** Bytes all parts together may inflate to. */
  maxTotalBytes: number;
  /** Cells exceljs would build: `<c>` elements plus the area of every range it expands. */
  maxCells: number;
  /** `<row>` elements over all sheets. */
  maxRows: number;
}

/**
 * Bounds well above any real report (an empty workbook of the 2010 formats is 50 kB with ~1,000
 * cells; a 2 MB file of typed text is under 300,000) and low enough that exceljs stays within a few
 * hundred MB while reading one.
 */
export const XLSX_LIMITS: XlsxLimits = {
  maxEntries: 1000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxCells: 300_000,
  maxRows: 100_000,
};

export type XlsxCheck =
  | { ok: true }
  | { ok: false; reason: 'notZip' }
  | { ok: false; reason: 'unpackedTooLarge'; max: number }
  | { ok: false; reason: 'tooManyCells'; max: number }
  | { ok: false; reason: 'tooManyRows'; max: number };

const inflate = promisify(inflateRaw) as (buf: Buffer, opts: { maxOutputLength: number }) => Promise<Buffer>;

const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The cells a reference names: `A1`, `A1:C3`, `$A$1:$C$3`, `Sheet!A1:B2`, whole columns `A:B` or
 * rows `1:2`. A part that cannot be read counts as one cell (exceljs ignores it).
 */
export function rangeArea(ref: string): number {
  const bare = ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from = '', to = from] = bare.split(':');
  const part = (s: string) => /^([A-Za-z]{0,3})(\d*)$/.exec(s);
  const a = part(from);
  const b = part(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return 1;
  const cols = a[1] && b[1] ? Math.abs(columnNumber(b[1]) - columnNumber(a[1])) + 1 : MAX_SHEET_COLUMNS;
  const rows = a[2] && b[2] ? Math.abs(Number(b[2]) - Number(a[2])) + 1 : MAX_SHEET_ROWS;
  return cols * rows;
}

const count = (text: string, re: RegExp) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
};

/** Cells and rows one XML part asks exceljs to build. */
function costOf(xml: string): { cells: number; rows: number } {
  let cells = count(xml, /<c[\s>/]/g);
  const areaOf = (refs: string) =>
    refs
      .split(/[\s,;]+/)
      .filter(Boolean)
      .reduce((sum, r) => sum + rangeArea(r), 0);
  for (const m of xml.matchAll(/<mergeCell\b[^>]*?\sref="([^"]*)"/g)) cells += areaOf(m[1] ?? '');
  for (const m of xml.matchAll(/<dataValidation\b[^>]*?\ssqref="([^"]*)"/g)) cells += areaOf(m[1] ?? '');
  // A defined name is a formula; each reference in it is a range exceljs lists cell by cell.
  for (const m of xml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g))
    cells += areaOf((m[1] ?? '').replace(/[(),]/g, ' '));
  return { cells, rows: count(xml, /<row[\s>/]/g) };
}

/**
 * Walks the zip's central directory — the list JSZip reads — and inflates each part with a hard
 * cap on its output, so nothing larger than the limits is ever held, whatever the headers claim.
 * A part whose real size differs from its declared one is refused, as JSZip would refuse it, but
 * only after at most the cap was inflated.
 */
export async function checkXlsx(buf: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxCheck> {
  const notZip: XlsxCheck = { ok: false, reason: 'notZip' };
  const tooLarge: XlsxCheck = { ok: false, reason: 'unpackedTooLarge', max: limits.maxTotalBytes };
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return notZip;
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return notZip;
  const entries = buf.readUInt16LE(eocd + 10);
  if (entries > limits.maxEntries) return notZip;
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let cells = 0;
  let rows = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return notZip;
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const packed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const local = buf.readUInt32LE(at + 42);
    // Encrypted parts and ZIP64 sizes: no workbook of ours has them, and JSZip cannot read the first.
    if (flags & 1 || packed === 0xffffffff || declared === 0xffffffff || local === 0xffffffff) return notZip;
    if (method !== 0 && method !== 8) return notZip;
    total += declared;
    if (total > limits.maxTotalBytes || declared > limits.maxEntryBytes) return tooLarge;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return notZip;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + packed > buf.length) return notZip;
    const data = buf.subarray(start, start + packed);
    let body: Buffer;
    if (method === 0) body = data;
    else {
      // Room for one byte past the declared size, so a part that lies about it is caught right there.
      const room = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - (total - declared), declared + 1);
      try {
        body = await inflate(data, { maxOutputLength: Math.max(1, room) });
      } catch (err) {
        // More than the cap, or more than the part declares: either way, a file built to be unpacked.
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge;
        return notZip;
      }
    }
    if (body.length !== declared) return notZip;
    const cost = costOf(body.toString('latin1'));
    cells += cost.cells;
    rows += cost.rows;
    if (cells > limits.maxCells) return { ok: false, reason: 'tooManyCells', max: limits.maxCells };
    if (rows > limits.maxRows) return { ok: false, reason: 'tooManyRows', max: limits.maxRows };
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return { ok: true };
}
