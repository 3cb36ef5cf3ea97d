import ExcelJS from 'exceljs';
import { z } from 'zod';
import { isoDay } from '../../../kernel/clock.js';
import {
  defaultLocale,
  type Locale,
  locales,
  type Translate,
  translator,
} from '../../../kernel/i18n/index.js';
import { numberInputText } from '../../../kernel/numbers.js';
import { checkXlsx, type XlsxCheck, type XlsxLimits } from '../../../kernel/xlsx-guard.js';
import {
  contentErrors,
  DEFAULT_TEXT_MAX_LENGTH,
  formInputSchema,
  formStatuses,
  formStatusInputSchema,
  MAX_TABLE_ROWS,
} from '../template/content.js';
import { templateText } from '../template/labels.js';
import {
  type AreaUnit,
  areaUnitLabel,
  areaUnitList,
  givenKey,
  isAreaField,
  isNumberState,
  numberStateLabel,
  parseGiven,
  toSquareMetres,
} from '../template/number-cells.js';
import type {
  FormCode,
  FormContent,
  FormDef,
  ReportContent,
  ScalarField,
  ScalarValue,
  TableField,
  TemplateDef,
} from '../template/types.js';

/*
 * The offline workbook of a report. Everything a program reads back is a stable code, never a
 * translation: sheet names are the form codes, column A holds field keys, a key row names the table
 * columns, and answers are codes (yes / no / partly, choice options, form statuses). So a file
 * filled in French uploads into a report viewed in English.
 */

export const INSTRUCTIONS_SHEET = 'Instructions';
const LISTS_SHEET = 'Lists';
/** Column A key of the per-form status row. */
export const STATUS_KEY = 'status';
export const TABLE_PREFIX = 'table:';
const TEMPLATE_KEY = 'template';

export const sheetNameOf = (code: FormCode): string => (code === 'cover' ? 'Cover' : code);

const KEY_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF808080' }, italic: true, size: 9 };
const KEY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
// Excel caps an inline list at 255 characters; longer lists go to a hidden sheet.
const INLINE_LIST_MAX = 255;

export interface RenderReportXlsxOptions {
  template: TemplateDef;
  content: ReportContent;
  t: Translate;
  iso3: string;
  year: number;
  versionNumber: number;
  /** What a draft's workbook is made from, read back on upload to tell offline edits from stale copies. */
  generatedFrom?: WorkbookOrigin;
  /** A demonstration report: its Instructions sheet says so under the title. */
  demonstration?: boolean;
}

/** The draft state a workbook was downloaded at: its version, lockVersion and each form's fingerprint. */
export interface WorkbookOrigin {
  versionId: number;
  lockVersion: number;
  forms: Record<string, string>;
}
const ORIGIN_KEY = 'generatedFrom';
const WorkbookOriginSchema = z.object({
  versionId: z.number().int().positive(),
  lockVersion: z.number().int().min(0),
  forms: z.record(z.string(), z.string().max(100)),
});

const isFullDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/** The stored value as a cell: numbers stay numbers and full dates become real dates, so Excel sorts and sums them. */
function toCell(field: ScalarField, value: ScalarValue | undefined, t: Translate): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  // Unknown / Not reported in words of the workbook's language, read back in any language.
  if (field.kind === 'number' && isNumberState(value)) return t(numberStateLabel(value));
  if (field.kind === 'date' && typeof value === 'string' && isFullDate(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
}

/** An area given in hectares or km²: the cell holds m², its note the figure as the State gave it. */
function noteGiven(cell: ExcelJS.Cell, field: ScalarField, given: unknown, t: Translate): void {
  const g = isAreaField(field) ? parseGiven(given) : undefined;
  if (g) cell.note = `${t('reports:edit.givenAs')}: ${g.figure} ${t(areaUnitLabel(g.unit))}`;
}

/** Codes the answer may take, for a drop-down; null for free answers. */
function codesOf(field: ScalarField): readonly string[] | null {
  if (field.kind === 'choice') return field.options;
  if (field.kind === 'yesno') return field.partly ? ['yes', 'no', 'partly'] : ['yes', 'no'];
  return null;
}

type Label = (...path: string[]) => string;

const fieldPath = (form: FormDef, field: ScalarField, table?: TableField): string[] =>
  table
    ? ['forms', form.code, 'fields', table.key, 'columns', field.key]
    : ['forms', form.code, 'fields', field.key];

/** What the answer cell accepts, in words: shown beside scalar answers and as a note on table headers. */
function hintOf(t: Translate, label: Label, form: FormDef, field: ScalarField, table?: TableField): string {
  const parts: string[] = [];
  if (field.required) parts.push(t('reportExports:xlsx.hint.required'));
  switch (field.kind) {
    case 'text':
      if (field.maxLength) parts.push(t('reportExports:xlsx.hint.maxLength', { max: field.maxLength }));
      break;
    case 'number':
      parts.push(t(field.integer ? 'reportExports:xlsx.hint.integer' : 'reportExports:xlsx.hint.number'));
      if (field.min !== undefined) parts.push(t('reportExports:xlsx.hint.min', { min: field.min }));
      if (field.unit) parts.push(t('reportExports:xlsx.hint.unit', { unit: field.unit }));
      if (isAreaField(field)) parts.push(t('reportExports:xlsx.hint.areaUnits'));
      parts.push(
        t('reportExports:xlsx.hint.states', {
          unknown: t(numberStateLabel('unknown')),
          notReported: t(numberStateLabel('not_reported')),
        }),
      );
      break;
    case 'date':
      parts.push(t('reportExports:xlsx.hint.date'));
      break;
    case 'yesno':
      parts.push(
        codesOf(field)!
          .map((c) => `${c} = ${label('yesno', c)}`)
          .join('; '),
      );
      break;
    case 'choice':
      parts.push(
        field.options
          .map((o) => `${o} = ${label(...fieldPath(form, field, table), 'options', o)}`)
          .join('; '),
      );
      break;
  }
  return parts.join(' ');
}

/** The catalogue's help for a question, if it has any: offline, the notes are all the guidance there is. */
const helpOf = (t: Translate, template: TemplateDef, form: FormDef, field: ScalarField, table?: TableField) =>
  templateText(t, template).optional(...fieldPath(form, field, table), 'help');

/** Drop-down lists of codes: inline when short, else a range of the hidden Lists sheet. */
class ListValidations {
  private lists: ExcelJS.Worksheet | null = null;
  private ranges = new Map<string, string>();

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly t: Translate,
  ) {}

  apply(cell: ExcelJS.Cell, codes: readonly string[]): void {
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [this.formula(codes)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: this.t('reportExports:xlsx.invalidTitle'),
      error: this.t('reportExports:xlsx.invalidChoice'),
    };
  }

  private formula(codes: readonly string[]): string {
    const inline = `"${codes.join(',')}"`;
    if (inline.length <= INLINE_LIST_MAX && !codes.some((c) => c.includes(','))) return inline;
    const id = codes.join('\u0000');
    let range = this.ranges.get(id);
    if (!range) {
      this.lists ??= this.workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
      const col = this.lists.getColumn(this.ranges.size + 1);
      codes.forEach((c, i) => {
        this.lists!.getCell(i + 1, col.number).value = c;
      });
      range = `${LISTS_SHEET}!$${col.letter}$1:$${col.letter}$${codes.length}`;
      this.ranges.set(id, range);
    }
    return range;
  }
}

function styleKey(cell: ExcelJS.Cell): void {
  cell.font = KEY_FONT;
  cell.fill = KEY_FILL;
}

/** Number formats that keep what people type as they typed it: phone numbers keep "+" and leading zeros. */
function formatAnswerCell(cell: ExcelJS.Cell, field: ScalarField): void {
  if (field.kind === 'text') {
    cell.numFmt = '@';
    cell.alignment = { wrapText: true, vertical: 'top' };
  } else if (field.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
  else cell.alignment = { vertical: 'top' };
}

function addInstructions(workbook: ExcelJS.Workbook, opts: RenderReportXlsxOptions): void {
  const { t } = opts;
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 100;
  const title = sheet.getCell('A1');
  title.value = t('reportExports:xlsx.instructions.title', {
    iso3: opts.iso3,
    year: opts.year,
    version: opts.versionNumber,
  });
  title.font = { bold: true, size: 14 };
  if (opts.demonstration) {
    // Row 2 is free (the steps start at 3) and column 1 holds no key the upload looks for.
    const mark = sheet.getCell('A2');
    mark.value = `${t('common:demo.badge')}: ${t('common:demo.notice')}`;
    mark.font = { bold: true };
  }
  const steps = ['offline', 'sheets', 'keys', 'answers', 'tables', 'upload'] as const;
  steps.forEach((step, i) => {
    const row = sheet.getRow(i + 3);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = t(`reportExports:xlsx.instructions.${step}`);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  // Where the file came from: the upload checks the template; the rest is for the people handling it.
  const meta: Array<[string, string | number]> = [
    [TEMPLATE_KEY, opts.template.id],
    ['state', opts.iso3],
    ['year', opts.year],
    ['version', opts.versionNumber],
  ];
  meta.forEach(([k, v], i) => {
    const row = sheet.getRow(steps.length + 4 + i);
    row.getCell(1).value = k;
    styleKey(row.getCell(1));
    row.getCell(2).value = v;
    row.getCell(2).alignment = { horizontal: 'left' };
  });
  if (opts.generatedFrom) {
    // A hidden row: people have no use for it, and the upload needs it as written.
    const row = sheet.getRow(steps.length + 4 + meta.length);
    row.getCell(1).value = ORIGIN_KEY;
    row.getCell(2).value = JSON.stringify(opts.generatedFrom);
    row.hidden = true;
  }
}

/** The origin a workbook records, or null when it has none (an older or hand-made file) or it is unreadable. */
function originOf(workbook: ExcelJS.Workbook): WorkbookOrigin | null {
  const sheet = workbook.getWorksheet(INSTRUCTIONS_SHEET);
  if (!sheet) return null;
  for (let r = 1; r <= Math.min(sheet.rowCount, 100); r++) {
    if (textAt(sheet, r, 1).trim() !== ORIGIN_KEY) continue;
    try {
      const parsed = WorkbookOriginSchema.safeParse(JSON.parse(textAt(sheet, r, 2)));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  return null;
}

function addFormSheet(
  workbook: ExcelJS.Workbook,
  lists: ListValidations,
  opts: RenderReportXlsxOptions,
  form: FormDef,
): void {
  const { t, template } = opts;
  const text = templateText(t, template);
  const label: Label = text.label;
  const fc = opts.content.forms[form.code];
  const values = fc?.values ?? {};
  const sheet = workbook.addWorksheet(sheetNameOf(form.code));
  const widths = [22, 48, 36, 48];
  const maxColumns = Math.max(4, ...form.fields.map((f) => (f.kind === 'table' ? f.columns.length + 1 : 0)));
  for (let c = 1; c <= maxColumns; c++) sheet.getColumn(c).width = widths[c - 1] ?? 22;

  const title = sheet.getCell('B1');
  title.value = label('forms', form.code, 'title');
  title.font = { bold: true, size: 14 };
  const intro = sheet.getCell('B2');
  intro.value = text.optional('forms', form.code, 'intro') || null;
  intro.font = { italic: true };
  intro.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells('B2:D2');

  let r = 3;
  const heading = sheet.getRow(r++);
  [
    '',
    t('reportExports:xlsx.question'),
    t('reportExports:xlsx.answer'),
    t('reportExports:xlsx.allowed'),
  ].forEach((h, i) => {
    if (!h) return;
    const c = heading.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = HEADER_FILL;
  });

  if (form.hasStatus) {
    const row = sheet.getRow(r++);
    row.getCell(1).value = STATUS_KEY;
    styleKey(row.getCell(1));
    row.getCell(2).value = t('reportExports:xlsx.status');
    row.getCell(2).font = { bold: true };
    row.getCell(3).value = fc?.status ?? null;
    lists.apply(row.getCell(3), formStatuses);
    row.getCell(4).value = formStatuses.map((s) => `${s} = ${label('status', s)}`).join('; ');
    row.getCell(4).font = KEY_FONT;
  }

  for (const field of form.fields) {
    if (field.kind === 'table') continue;
    const row = sheet.getRow(r++);
    row.getCell(1).value = field.key;
    styleKey(row.getCell(1));
    row.getCell(2).value = label(...fieldPath(form, field), 'label');
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    const help = helpOf(t, template, form, field);
    if (help) row.getCell(2).note = help;
    const answer = row.getCell(3);
    formatAnswerCell(answer, field);
    answer.value = toCell(field, values[field.key] as ScalarValue | undefined, t);
    noteGiven(answer, field, values[givenKey(field.key)], t);
    const codes = codesOf(field);
    if (codes) lists.apply(answer, codes);
    row.getCell(4).value = hintOf(t, label, form, field) || null;
    row.getCell(4).font = KEY_FONT;
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  }

  for (const table of form.fields) {
    if (table.kind !== 'table') continue;
    r++;
    const titleRow = sheet.getRow(r++);
    titleRow.getCell(1).value = `${TABLE_PREFIX}${table.key}`;
    styleKey(titleRow.getCell(1));
    titleRow.getCell(2).value = label('forms', form.code, 'fields', table.key, 'label');
    titleRow.getCell(2).font = { bold: true, size: 12 };

    const keyRow = sheet.getRow(r++);
    const labelRow = sheet.getRow(r++);
    labelRow.getCell(1).value = t('reportExports:xlsx.row');
    labelRow.getCell(1).font = { bold: true };
    table.columns.forEach((col, i) => {
      const k = keyRow.getCell(i + 2);
      k.value = col.key;
      styleKey(k);
      const l = labelRow.getCell(i + 2);
      l.value = label(...fieldPath(form, col, table), 'label');
      l.font = { bold: true };
      l.fill = HEADER_FILL;
      l.alignment = { wrapText: true, vertical: 'top' };
      const note = [helpOf(t, template, form, col, table), hintOf(t, label, form, col, table)].filter(
        Boolean,
      );
      if (note.length) l.note = note.join('\n\n');
    });

    const entries = Array.isArray(values[table.key])
      ? (values[table.key] as Array<Record<string, ScalarValue>>)
      : [];
    // Blank rows to type into, so nobody has to insert rows above the next table.
    const total = entries.length + Math.max(table.blankRows ?? 0, 5);
    for (let i = 0; i < total; i++) {
      const row = sheet.getRow(r++);
      const entry = entries[i];
      row.getCell(1).value = i + 1;
      row.getCell(1).font = KEY_FONT;
      table.columns.forEach((col, j) => {
        const c = row.getCell(j + 2);
        formatAnswerCell(c, col);
        c.value = entry ? toCell(col, entry[col.key], t) : null;
        if (entry) noteGiven(c, col, entry[givenKey(col.key)], t);
        const codes = codesOf(col);
        if (codes) lists.apply(c, codes);
      });
    }
  }
}

/** The report as an Excel workbook to fill in offline and upload again (see parseReportXlsx). */
export async function renderReportXlsx(opts: RenderReportXlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = opts.t('common:appName');
  workbook.title = opts.t('reportExports:xlsx.instructions.title', {
    iso3: opts.iso3,
    year: opts.year,
    version: opts.versionNumber,
  });
  const lists = new ListValidations(workbook, opts.t);
  addInstructions(workbook, opts);
  for (const form of opts.template.forms) addFormSheet(workbook, lists, opts, form);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Reading a workbook back

export interface ImportError {
  /** The sheet name ('' when the file as a whole is refused). */
  sheet: string;
  /** The 1-based row number, or 0 when no row can be named. */
  row: number;
  /** The column letter, or '' when no column can be named. */
  column: string;
  /** A catalogue key: `reportExports:errors.*` for the file's shape, the web form's keys for values. */
  key: string;
  params?: Record<string, unknown>;
}

export type ParseReportXlsxResult =
  | { ok: true; content: ReportContent; origin?: WorkbookOrigin }
  | { ok: false; errors: ImportError[] };

export interface ParseReportXlsxOptions {
  template: TemplateDef;
  buffer: Buffer;
  /** Refuse larger files before reading them; default 2 MiB. */
  maxBytes?: number;
  /** The language text cells holding numbers ("1 100 000") are read in; by default English. */
  locale?: Locale;
  /** What the file may unpack to; default XLSX_LIMITS. */
  limits?: XlsxLimits;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const notXlsx: ParseReportXlsxResult = {
  ok: false,
  errors: [{ sheet: '', row: 0, column: '', key: 'reportExports:errors.notXlsx' }],
};

const MiB = 1024 * 1024;

/** The guard's refusal as the one error the upload shows. */
function refusal(check: Exclude<XlsxCheck, { ok: true }>): ParseReportXlsxResult {
  if (check.reason === 'notZip') return notXlsx;
  const params = { max: check.reason === 'unpackedTooLarge' ? Math.round(check.max / MiB) : check.max };
  return {
    ok: false,
    errors: [{ sheet: '', row: 0, column: '', key: `reportExports:errors.${check.reason}`, params }],
  };
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Numbers as the web form's parser accepts them: plain digits, never exponent notation. */
function numberText(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

/** Any cell as the string a person would have typed into the web form. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Dates come back as UTC midnight, as toCell wrote them: the ISO day is the stored value.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDay(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  // A link typed into a cell (spreadsheets turn e-mail addresses into links): its text is the answer.
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

const textAt = (sheet: ExcelJS.Worksheet, row: number, col: number) =>
  cellText(sheet.findRow(row)?.getCell(col).value);

/**
 * An answer cell as the form parser reads it: a number field's numeric cell as its number (it needs
 * no language), any other as its text (a text cell "1 100 000" is read in the uploader's language).
 */
/** An area's unit as a note names it, in any language the workbook may have been made in. */
const unitOfLabel = new Map<string, AreaUnit>();
for (const u of areaUnitList) {
  unitOfLabel.set(u, u);
  for (const l of locales) unitOfLabel.set(translator(l)(areaUnitLabel(u)).toLowerCase(), u);
}

/**
 * The figure as given that `noteGiven` wrote on an area cell ("Given as: 12.5 km²"), when the cell
 * still holds its square metres: a figure changed in the workbook is the State's new figure, in m².
 */
function givenOfNote(
  cell: ExcelJS.Cell,
  squareMetres: number,
): { figure: number; unit: AreaUnit } | undefined {
  const note = cell.note as string | { texts?: Array<{ text?: string }> } | undefined;
  const text = typeof note === 'string' ? note : (note?.texts ?? []).map((r) => r.text ?? '').join('');
  const m = /(\d+(?:\.\d+)?)\s+(\S+)\s*$/.exec(text.trim());
  const unit = m ? unitOfLabel.get(m[2]!.toLowerCase()) : undefined;
  if (!m || !unit || unit === 'm2') return undefined;
  const figure = Number(m[1]);
  return toSquareMetres(figure, unit) === squareMetres ? { figure, unit } : undefined;
}

/** A number cell given with its unit, as the web form posts it (its box and the select beside it). */
type PostedAnswer = { text: string; as: string };
type Answer = string | number | PostedAnswer;

const answerAt = (
  sheet: ExcelJS.Worksheet,
  row: number,
  col: number,
  field: ScalarField,
  locale: Locale,
): Answer => {
  const cell = sheet.findRow(row)?.getCell(col);
  const value = cell?.value;
  const result = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
  if (field.kind === 'number' && typeof result === 'number' && Number.isFinite(result)) {
    // An area the State gave in hectares or km² comes back as given, as the web form keeps it.
    const given = cell && isAreaField(field) ? givenOfNote(cell, result) : undefined;
    return given ? { text: numberInputText(given.figure, locale), as: given.unit } : result;
  }
  return cellText(value);
};
const isBlankAnswer = (v: Answer) => typeof v === 'string' && v.trim() === '';

interface Located {
  row: number;
  column: string;
}

interface FormRead {
  status: string | undefined;
  raw: Record<string, unknown>;
  /** Where each value came from, by the issue path formInputSchema reports: `field` or `table.i.column`. */
  at: Map<string, Located>;
}

/** One form sheet as the raw strings formInputSchema reads, remembering the cell of each value. */
function readFormSheet(
  form: FormDef,
  sheet: ExcelJS.Worksheet,
  errors: ImportError[],
  locale: Locale,
): FormRead {
  const name = sheet.name;
  const problem = (row: number, column: string, key: string, params?: Record<string, unknown>) =>
    errors.push({ sheet: name, row, column, key, ...(params ? { params } : {}) });
  const keyRows = new Map<string, number>();
  const markers: Array<{ row: number; key: string }> = [];
  const last = sheet.rowCount;
  for (let r = 1; r <= last; r++) {
    const a = textAt(sheet, r, 1).trim();
    if (a.startsWith(TABLE_PREFIX)) markers.push({ row: r, key: a.slice(TABLE_PREFIX.length) });
    // Field keys live above the first table; below it column A holds row numbers people may edit.
    else if (a && !markers.length && !keyRows.has(a)) keyRows.set(a, r);
  }

  const out: FormRead = { status: undefined, raw: {}, at: new Map() };
  if (form.hasStatus) {
    const r = keyRows.get(STATUS_KEY);
    if (r === undefined) problem(0, 'A', 'reportExports:errors.missingRow', { key: STATUS_KEY });
    else {
      out.status = textAt(sheet, r, 3);
      out.at.set(STATUS_KEY, { row: r, column: 'C' });
    }
  }

  for (const field of form.fields) {
    if (field.kind !== 'table') {
      const r = keyRows.get(field.key);
      if (r === undefined) {
        problem(0, 'A', 'reportExports:errors.missingRow', { key: field.key });
        continue;
      }
      out.raw[field.key] = answerAt(sheet, r, 3, field, locale);
      out.at.set(field.key, { row: r, column: 'C' });
      continue;
    }
    const index = markers.findIndex((m) => m.key === field.key);
    const marker = markers[index];
    if (!marker) {
      problem(0, 'A', 'reportExports:errors.missingRow', { key: `${TABLE_PREFIX}${field.key}` });
      continue;
    }
    out.at.set(field.key, { row: marker.row, column: 'A' });
    // The row under the marker names the columns; the translated titles below it are for people only.
    const keyRow = sheet.findRow(marker.row + 1);
    const columnOf = new Map<string, number>();
    keyRow?.eachCell((cell, col) => {
      const k = cellText(cell.value).trim();
      if (col > 1 && k && !columnOf.has(k)) columnOf.set(k, col);
    });
    const missing = field.columns.filter((c) => !columnOf.has(c.key));
    for (const c of missing)
      problem(marker.row + 1, '', 'reportExports:errors.missingColumn', { key: c.key });
    if (missing.length) continue;

    const end = (markers[index + 1]?.row ?? last + 1) - 1;
    const rows: Array<Record<string, Answer>> = [];
    let used = 0;
    for (let r = marker.row + 3; r <= end; r++) {
      const entry: Record<string, Answer> = {};
      for (const c of field.columns) entry[c.key] = answerAt(sheet, r, columnOf.get(c.key)!, c, locale);
      rows.push(entry);
      // Blank rows stay in place (the parser drops them) so row i is sheet row marker + 3 + i.
      if (Object.values(entry).some((v) => !isBlankAnswer(v))) used = rows.length;
      for (const c of field.columns)
        out.at.set(`${field.key}.${rows.length - 1}.${c.key}`, {
          row: r,
          column: columnLetter(columnOf.get(c.key)!),
        });
    }
    out.raw[field.key] = rows.slice(0, used);
  }
  return out;
}

function paramsFor(
  form: FormDef,
  path: readonly PropertyKey[],
  key: string,
): Record<string, unknown> | undefined {
  const [fieldKey, , columnKey] = path;
  const field = form.fields.find((f) => f.key === fieldKey);
  const scalar = field?.kind === 'table' ? field.columns.find((c) => c.key === columnKey) : field;
  if (!scalar) return undefined;
  if (key === contentErrors.tooLong && scalar.kind === 'text')
    return { max: scalar.maxLength ?? DEFAULT_TEXT_MAX_LENGTH };
  if (key === contentErrors.min && scalar.kind === 'number') return { min: scalar.min };
  if (key === contentErrors.tooManyRows) return { max: MAX_TABLE_ROWS };
  return undefined;
}

function checkTemplate(workbook: ExcelJS.Workbook, template: TemplateDef, errors: ImportError[]): void {
  const sheet = workbook.getWorksheet(INSTRUCTIONS_SHEET);
  if (!sheet) return;
  for (let r = 1; r <= Math.min(sheet.rowCount, 100); r++) {
    if (textAt(sheet, r, 1).trim() !== TEMPLATE_KEY) continue;
    const found = textAt(sheet, r, 2).trim();
    if (found && found !== template.id)
      errors.push({
        sheet: INSTRUCTIONS_SHEET,
        row: r,
        column: 'B',
        key: 'reportExports:errors.wrongTemplate',
        params: { expected: template.id, found },
      });
    return;
  }
}

function readWorkbook(
  workbook: ExcelJS.Workbook,
  template: TemplateDef,
  locale: Locale,
): ParseReportXlsxResult {
  const errors: ImportError[] = [];
  checkTemplate(workbook, template, errors);
  if (errors.length) return { ok: false, errors };
  const forms: ReportContent['forms'] = {};
  for (const form of template.forms) {
    const name = sheetNameOf(form.code);
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      errors.push({ sheet: name, row: 0, column: '', key: 'reportExports:errors.missingSheet' });
      continue;
    }
    const read = readFormSheet(form, sheet, errors, locale);
    const place = (path: readonly PropertyKey[]): Located =>
      read.at.get(path.map(String).join('.')) ?? read.at.get(String(path[0])) ?? { row: 0, column: '' };

    let status: FormContent['status'] = null;
    if (form.hasStatus && read.status !== undefined) {
      const parsed = formStatusInputSchema.safeParse(read.status.trim());
      if (parsed.success) status = parsed.data;
      else errors.push({ sheet: name, ...place([STATUS_KEY]), key: contentErrors.choice });
    }
    const parsed = formInputSchema(form, locale).safeParse(read.raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // Every message of the schema is a catalogue key; anything else is the schema's own bug.
        const key = /^[a-zA-Z]+:[\w.]+$/.test(issue.message) ? issue.message : 'reportExports:errors.invalid';
        const params = paramsFor(form, issue.path, key);
        errors.push({ sheet: name, ...place(issue.path), key, ...(params ? { params } : {}) });
      }
      continue;
    }
    forms[form.code] = { status, values: parsed.data };
  }
  if (errors.length) return { ok: false, errors };
  const origin = originOf(workbook);
  return { ok: true, content: { template: template.id, forms }, ...(origin ? { origin } : {}) };
}

/**
 * Reads a workbook made by renderReportXlsx (and filled in offline) back into report content,
 * checking every value with the web form's own parser. All problems are returned together; it
 * never throws on bad input, and the caller applies the content whole or not at all.
 */
export async function parseReportXlsx(opts: ParseReportXlsxOptions): Promise<ParseReportXlsxResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (opts.buffer.length > maxBytes)
    return {
      ok: false,
      errors: [
        { sheet: '', row: 0, column: '', key: 'reportExports:errors.tooLarge', params: { max: maxBytes } },
      ],
    };
  // What exceljs would unpack and build is measured first, with the bytes really inflated.
  const check = await checkXlsx(opts.buffer, opts.limits);
  if (!check.ok) return refusal(check);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(opts.buffer as unknown as ExcelJS.Buffer);
  } catch {
    return notXlsx;
  }
  try {
    return readWorkbook(workbook, opts.template, opts.locale ?? defaultLocale);
  } catch {
    // A workbook exceljs opened but that breaks our reading is still the file's fault, not a crash.
    return notXlsx;
  }
}
