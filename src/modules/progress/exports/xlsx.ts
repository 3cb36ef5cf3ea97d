import ExcelJS from 'exceljs';
import { looksLikeFormula } from '../../../kernel/export.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import type { IndicatorResult, ProgressReportData } from '../compute.js';
import { type Basis, type Evidence, evidenceLabel } from '../model.js';
import { indicatorText, noDataText } from './text.js';

/*
 * Every figure of a Progress Report and what it rests on, as a workbook to sort and filter. Sheet
 * names, and the codes in the cells (ids, kinds, periods, populations, units, basis kinds) are
 * stable, never translated; the header rows and the texts are in the reader's language. Numbers
 * are numbers, dates are dates, counted and demonstration are booleans; an unknown value is an
 * empty cell with the reason beside it, never 0.
 */

export const ABOUT_SHEET = 'About';
export const FIGURES_SHEET = 'Figures';
export const EVIDENCE_SHEET = 'Evidence';

export interface RenderProgressXlsxOptions {
  data: ProgressReportData;
  t: Translate;
  /** The reader's language, States are named in (English when left out). */
  locale?: string;
  /** YYYY-MM-DD: the day the workbook is generated. */
  generatedOn: string;
}

type Cell = string | number | boolean | Date | null;
interface Column<R> {
  key: string;
  width: number;
  kind?: 'date' | 'text' | 'wrap';
  value: (r: R) => Cell;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** A full ISO day as a real date (UTC midnight); a partial one ("2023-02") stays as written. */
const dateCell = (v: string | null | undefined): Date | string | null => {
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return v;
};

/** A sheet holding one table: a bold, frozen, filterable header row, then a row per record. */
function addTable<R>(
  workbook: ExcelJS.Workbook,
  name: string,
  t: Translate,
  headers: 'figures' | 'evidence',
  columns: ReadonlyArray<Column<R>>,
  rows: readonly R[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(columns.map((c) => t(`progressExports:xlsx.${headers}.${c.key}`)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.width;
    if (c.kind === 'date') col.numFmt = 'yyyy-mm-dd';
  });
  for (const r of rows) {
    const values = columns.map((c) => c.value(r));
    const row = sheet.addRow(values);
    values.forEach((v, i) => {
      const kind = columns[i]!.kind;
      const cell = row.getCell(i + 1);
      if (kind === 'wrap') cell.alignment = { wrapText: true, vertical: 'top' };
      // Text that a spreadsheet could take for a formula is kept as text (OWASP "CSV injection").
      if (kind === 'text' || looksLikeFormula(v as string | number | null)) cell.numFmt = '@';
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

interface EvidenceRow {
  ind: IndicatorResult;
  e: Evidence;
  b: Basis | null;
}

/** Whether what a row rests on is demonstration data (a demonstration report, or its unknown day of receipt). */
const isDemonstration = (b: Basis | null): boolean =>
  b?.kind === 'report' ? b.demonstration : b?.kind === 'none' && b.reason === 'receivedDateUnknown';

export async function renderProgressXlsx(opts: RenderProgressXlsxOptions): Promise<Buffer> {
  const { data, t } = opts;
  const w = data.window;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('common:appName');
  workbook.title = t('progressExports:xlsx.about.title', { meeting: w.meeting });
  if (data.includesDemonstrationData) {
    workbook.subject = t('common:demo.badge');
    workbook.description = t('common:demo.figures');
    workbook.keywords = t('common:demo.badge');
  }

  const about = workbook.addWorksheet(ABOUT_SHEET);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 90;
  const title = about.getCell('A1');
  title.value = workbook.title;
  title.font = { bold: true, size: 14 };
  const facts: Array<[string, Cell]> = [
    ['meeting', w.meeting],
    ['from', dateCell(w.from)],
    ['to', dateCell(w.to)],
    ['census', dateCell(w.census)],
    ['generated', dateCell(opts.generatedOn)],
    ['demonstration', data.includesDemonstrationData],
  ];
  facts.forEach(([key, value], i) => {
    const row = about.getRow(i + 3);
    row.getCell(1).value = t(`progressExports:xlsx.about.${key}`);
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { horizontal: 'left' };
    if (value instanceof Date) row.getCell(2).numFmt = 'yyyy-mm-dd';
  });
  let next = facts.length + 4;
  if (data.includesDemonstrationData) {
    const notice = about.getCell(`A${next++}`);
    notice.value = `${t('common:demo.badge')}: ${t('common:demo.notice')}`;
    notice.font = { bold: true };
  }
  about.getCell(`A${next}`).value = t('progressExports:xlsx.about.sheets');

  const figures: ReadonlyArray<Column<IndicatorResult>> = [
    { key: 'id', width: 9, value: (r) => r.id },
    { key: 'text', width: 60, kind: 'wrap', value: (r) => indicatorText(t, r.id) },
    { key: 'action', width: 8, value: (r) => r.action },
    { key: 'section', width: 8, value: (r) => r.section },
    { key: 'kind', width: 16, value: (r) => r.kind },
    { key: 'period', width: 20, value: (r) => r.period },
    { key: 'population', width: 20, value: (r) => r.population },
    { key: 'value', width: 9, value: (r) => r.computed.value },
    { key: 'reason', width: 50, kind: 'wrap', value: (r) => noDataText(t, r.computed) || null },
    { key: 'denominator', width: 9, value: (r) => r.computed.denominator },
    { key: 'unit', width: 12, value: (r) => r.computed.unit },
    {
      key: 'parts',
      width: 30,
      value: (r) => r.computed.parts?.map((p) => `${p.unit}: ${p.value}`).join('; ') || null,
    },
    { key: 'counted', width: 9, value: (r) => r.computed.evidence.filter((e) => e.counted).length },
  ];
  addTable(workbook, FIGURES_SHEET, t, 'figures', figures, data.indicators);

  const rows: EvidenceRow[] = data.indicators.flatMap((ind) =>
    ind.computed.evidence.flatMap((e): EvidenceRow[] =>
      e.bases.length ? e.bases.map((b) => ({ ind, e, b })) : [{ ind, e, b: null }],
    ),
  );
  const report = (b: Basis | null) => (b?.kind === 'report' ? b : null);
  const registry = (b: Basis | null) => (b?.kind === 'registry' ? b : null);
  const evidence: ReadonlyArray<Column<EvidenceRow>> = [
    { key: 'id', width: 9, value: (r) => r.ind.id },
    { key: 'action', width: 8, value: (r) => r.ind.action },
    { key: 'section', width: 8, value: (r) => r.ind.section },
    { key: 'iso3', width: 8, value: (r) => r.e.iso3 },
    { key: 'label', width: 28, kind: 'text', value: (r) => evidenceLabel(opts.locale ?? 'en', r.e) },
    { key: 'counted', width: 9, value: (r) => r.e.counted },
    { key: 'amount', width: 10, value: (r) => r.e.amount ?? null },
    { key: 'basis', width: 10, value: (r) => r.b?.kind ?? null },
    { key: 'reportId', width: 9, value: (r) => report(r.b)?.reportId ?? null },
    { key: 'year', width: 8, value: (r) => report(r.b)?.year ?? (r.b?.kind === 'ledger' ? r.b.year : null) },
    { key: 'version', width: 8, value: (r) => report(r.b)?.version ?? null },
    {
      key: 'receivedOn',
      width: 12,
      kind: 'date',
      // A demonstration report's day of receipt is assumed: it is not given as a date.
      value: (r) => {
        const b = report(r.b);
        return b && !b.demonstration ? dateCell(b.receivedOn) : null;
      },
    },
    { key: 'form', width: 8, value: (r) => report(r.b)?.form ?? null },
    { key: 'question', width: 26, kind: 'text', value: (r) => report(r.b)?.question ?? null },
    { key: 'table', width: 20, kind: 'text', value: (r) => report(r.b)?.table ?? null },
    { key: 'row', width: 6, value: (r) => report(r.b)?.row ?? null },
    { key: 'answer', width: 14, kind: 'text', value: (r) => report(r.b)?.answer ?? null },
    { key: 'article', width: 8, value: (r) => registry(r.b)?.article ?? null },
    {
      key: 'fact',
      width: 26,
      kind: 'text',
      value: (r) =>
        r.b && (r.b.kind === 'registry' || r.b.kind === 'meeting' || r.b.kind === 'ledger') ? r.b.fact : null,
    },
    {
      key: 'factOn',
      width: 12,
      kind: 'date',
      value: (r) => (r.b && (r.b.kind === 'registry' || r.b.kind === 'meeting') ? dateCell(r.b.on) : null),
    },
    {
      key: 'meeting',
      width: 10,
      value: (r) => (r.b?.kind === 'meeting' ? r.b.meeting : (registry(r.b)?.meeting ?? null)),
    },
    { key: 'source', width: 30, kind: 'text', value: (r) => registry(r.b)?.source ?? null },
    { key: 'ledgerEntry', width: 10, value: (r) => (r.b?.kind === 'ledger' ? r.b.entryId : null) },
    {
      key: 'reason',
      width: 40,
      kind: 'wrap',
      value: (r) =>
        r.b?.kind === 'none'
          ? t(`progressExports:basisNone.${r.b.reason}`, { defaultValue: r.b.reason })
          : null,
    },
    {
      key: 'note',
      width: 30,
      kind: 'wrap',
      value: (r) => (report(r.b)?.demonstration ? t('reports:demo.receivedUnknown') : null),
    },
    { key: 'demonstration', width: 12, value: (r) => isDemonstration(r.b) },
  ];
  addTable(workbook, EVIDENCE_SHEET, t, 'evidence', evidence, rows);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
