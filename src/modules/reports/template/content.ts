import { z } from 'zod';
import { defaultLocale, type Locale } from '../../../kernel/i18n/index.js';
import { numberLocale } from '../../../kernel/numbers.js';
import {
  AS_SUFFIX,
  givenKey,
  isAreaField,
  isNumberState,
  numberFieldText,
  parseGiven,
  readNumberText,
  toSquareMetres,
} from './number-cells.js';
import type {
  FieldDef,
  FieldValue,
  FormCode,
  FormContent,
  FormDef,
  FormStatus,
  ReportContent,
  ScalarField,
  ScalarValue,
  TableField,
  TableValue,
  TemplateDef,
} from './types.js';

/**
 * Generic over any TemplateDef: empty content, parsing a posted form, validating stored content,
 * HTML field names and diffs. Nothing here knows a form of a particular template.
 */

export const DEFAULT_TEXT_MAX_LENGTH = 5000;
/** Far above any real report; it bounds the work a crafted post (`v.t.999999.x`) can cause. */
export const MAX_TABLE_ROWS = 2000;
export const formStatuses: readonly FormStatus[] = ['changed', 'unchanged', 'not_applicable'];

/** Catalogue keys of every message these schemas produce (the reports catalogue holds `reports:`). */
export const contentErrors = {
  required: 'errors:required',
  tooLong: 'errors:tooLong',
  date: 'errors:date',
  type: 'errors:zod.invalid_type',
  unknownKey: 'errors:zod.unrecognized_keys',
  number: 'reports:errors.number',
  integer: 'reports:errors.integer',
  min: 'reports:errors.min',
  choice: 'reports:errors.choice',
  tooManyRows: 'reports:errors.tooManyRows',
} as const;
const E = contentErrors;

type Values = Record<string, FieldValue>;
type Path = (string | number)[];
/** A cell read: its value, and for an area given in another unit the figure as given (number-cells.ts). */
type Outcome = { value: ScalarValue; given?: string } | { error: string };

// ---------------------------------------------------------------------------------------------
// Empty content

export function emptyValues(form: FormDef): Values {
  return Object.fromEntries(form.fields.map((f) => [f.key, f.kind === 'table' ? [] : null]));
}

/** A new report: every form present, no status, every scalar null, every table empty. */
export function emptyContent(template: TemplateDef): ReportContent {
  const forms: ReportContent['forms'] = {};
  for (const form of template.forms) forms[form.code] = { status: null, values: emptyValues(form) };
  return { template: template.id, forms };
}

/**
 * Content of one version as another version of the same family holds it (registry `carriesOver`):
 * every field the target has keeps its value, a field only the source has is dropped, a field only
 * the target has starts empty. Form statuses are kept.
 */
export function contentFor(template: TemplateDef, content: ReportContent): ReportContent {
  const forms: ReportContent['forms'] = {};
  for (const form of template.forms) {
    const from = content.forms[form.code];
    const values = emptyValues(form);
    for (const key of Object.keys(values)) {
      if (from && key in from.values) values[key] = from.values[key]!;
      // An area keeps the figure it was given as.
      if (from && givenKey(key) in from.values) values[givenKey(key)] = from.values[givenKey(key)]!;
    }
    forms[form.code] = { status: from?.status ?? null, values };
  }
  return { template: template.id, forms };
}

/** Every LAP action a field's answer counts towards. */
export function indicatorsOf(field: FieldDef): string[] {
  if (field.kind !== 'text' && field.kind !== 'yesno') return [];
  return [...(field.indicator ? [field.indicator] : []), ...(field.alsoIndicators ?? [])];
}

// ---------------------------------------------------------------------------------------------
// Checking one value

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  // Rejects 2023-02-30, which Date would roll over to March.
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Browsers post textarea line breaks as CRLF; storing LF keeps lengths and diffs stable. */
const normaliseText = (s: string) => s.replace(/\r\n?/g, '\n').trim();

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a typed, non-null value (a catalogue key), or undefined when it is valid. */
function checkTyped(field: ScalarField, value: string | number): string | undefined {
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return E.type;
      return value.length > (field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH) ? E.tooLong : undefined;
    case 'number':
      if (isNumberState(value)) return undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) return E.number;
      if (field.integer && !Number.isInteger(value)) return E.integer;
      return field.min !== undefined && value < field.min ? E.min : undefined;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined : E.date;
    case 'choice':
      return typeof value === 'string' && field.options.includes(value) ? undefined : E.choice;
    case 'yesno':
      return value === 'yes' || value === 'no' || (value === 'partly' && field.partly) ? undefined : E.choice;
  }
}

/** A number cell as posted with the select beside its box (unflattenFormFields): its text and what it is given as. */
type PostedNumber = { text: string; as: string };
const isPostedNumber = (v: unknown): v is PostedNumber =>
  isPlainObject(v) && typeof v.text === 'string' && typeof v.as === 'string';

/** A number typed as text, in the language it was written in: a figure, a state, an area in a unit. */
function readNumber(field: ScalarField, text: string, locale: Locale, as = ''): Outcome {
  if (field.kind !== 'number') return { error: E.type };
  const reading = readNumberText(field, text, locale, as);
  if ('error' in reading) return { error: E[reading.error] };
  if (reading.value === null) return field.required ? { error: E.required } : { value: null };
  const error = checkTyped(field, reading.value);
  if (error) return { error };
  return reading.given ? { value: reading.value, given: reading.given } : { value: reading.value };
}

/**
 * A cell as posted by an HTML form (or read from a workbook): a string (or nothing, for an unchecked
 * radio group); a number cell also as a typed number (a workbook's numeric cell) or with its select.
 */
function parsePosted(field: ScalarField, raw: unknown, locale: Locale): Outcome {
  if (field.kind === 'number') {
    if (typeof raw === 'number') {
      const error = checkTyped(field, raw);
      return error ? { error } : { value: raw };
    }
    if (isPostedNumber(raw)) return readNumber(field, raw.text, locale, raw.as);
  }
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return { error: E.type };
  const s = normaliseText(raw ?? '');
  if (s === '') return field.required ? { error: E.required } : { value: null };
  if (field.kind === 'number') return readNumber(field, s, locale);
  const error = checkTyped(field, s);
  return error ? { error } : { value: s };
}

/**
 * A cell of stored content (API input, XLSX import): already typed; text is normalised as posted
 * text is; a number given as a string is read in `locale`. An area's figure as given (`given`),
 * when it is one, is what the cell holds: its square metres are computed from it.
 */
function parseStored(
  field: ScalarField,
  raw: unknown,
  given: unknown,
  enforceRequired: boolean,
  locale: Locale,
): Outcome {
  const g = isAreaField(field) ? parseGiven(given) : undefined;
  if (given !== undefined && given !== null && !g) return { error: E.number };
  if (g) raw = toSquareMetres(g.figure, g.unit);
  if (isBlankCell(raw)) return field.required && enforceRequired ? { error: E.required } : { value: null };
  if (field.kind === 'number' && typeof raw === 'string') return readNumber(field, raw, locale);
  const value = typeof raw === 'string' ? normaliseText(raw) : raw;
  if (typeof value !== 'string' && typeof value !== 'number') return { error: E.type };
  const error = checkTyped(field, value);
  if (error) return { error };
  return g ? { value, given: given as string } : { value };
}

const isBlankCell = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  // A number's box left empty: its unit alone says nothing (a state does).
  (isPostedNumber(v) && v.text.trim() === '' && !isNumberState(v.as));

// ---------------------------------------------------------------------------------------------
// Walking a form's values

type CellParser = (field: ScalarField, raw: unknown, given: unknown) => Outcome;

/** Keys a value set may hold beside the fields: the figure as given of each area. */
const givenKeysOf = (fields: readonly ScalarField[]) =>
  fields.filter(isAreaField).map((f) => givenKey(f.key));
type Report = (message: string, path: Path) => void;

/** A row whose cells are all empty is a blank row of the form (or of a spreadsheet): dropped. */
function isBlankRow(table: TableField, row: unknown): boolean {
  if (row === undefined || row === null) return true;
  const companion = new Set([...(table.companions ?? []), ...(table.hidden ?? [])]);
  return isPlainObject(row) && table.columns.every((c) => companion.has(c.key) || isBlankCell(row[c.key]));
}

/**
 * Parses one table. Errors name the row index as received, not after blank rows are dropped, so
 * each error lands on the cell the person typed in.
 */
function parseTable(
  table: TableField,
  raw: unknown,
  parseCell: CellParser,
  strict: boolean,
  report: Report,
): TableValue {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report(E.type, []);
    return [];
  }
  if (raw.length > MAX_TABLE_ROWS) {
    report(E.tooManyRows, []);
    return [];
  }
  const columnKeys = new Set([...table.columns.map((c) => c.key), ...givenKeysOf(table.columns)]);
  const rows: TableValue = [];
  for (let i = 0; i < raw.length; i++) {
    const input: unknown = raw[i];
    if (isBlankRow(table, input)) continue;
    if (!isPlainObject(input)) {
      report(E.type, [i]);
      continue;
    }
    if (strict) for (const k of Object.keys(input)) if (!columnKeys.has(k)) report(E.unknownKey, [i, k]);
    const row: Record<string, ScalarValue> = {};
    let cellsOk = true;
    for (const column of table.columns) {
      const outcome = parseCell(column, input[column.key], input[givenKey(column.key)]);
      if ('error' in outcome) {
        cellsOk = false;
        report(outcome.error, [i, column.key]);
      } else {
        row[column.key] = outcome.value;
        if (outcome.given) row[givenKey(column.key)] = outcome.given;
      }
    }
    // Rules across cells only make sense once each cell is readable.
    if (cellsOk && table.rowRule)
      for (const issue of table.rowRule(row)) report(issue.message, [i, issue.column]);
    rows.push(row);
  }
  return rows;
}

/** Parses a form's values into the typed record; `strict` rejects keys the form does not define. */
function parseValues(form: FormDef, raw: unknown, parseCell: CellParser, strict: boolean, report: Report) {
  const values: Values = {};
  if (raw === undefined || raw === null) raw = {};
  if (!isPlainObject(raw)) {
    report(E.type, []);
    return values;
  }
  if (strict) {
    const scalars = form.fields.filter((f): f is ScalarField => f.kind !== 'table');
    const known = new Set([...form.fields.map((f) => f.key), ...givenKeysOf(scalars)]);
    for (const k of Object.keys(raw)) if (!known.has(k)) report(E.unknownKey, [k]);
  }
  for (const field of form.fields) {
    const at: Report = (message, path) => report(message, [field.key, ...path]);
    if (field.kind === 'table') {
      values[field.key] = parseTable(field, raw[field.key], parseCell, strict, at);
    } else {
      const outcome = parseCell(field, raw[field.key], raw[givenKey(field.key)]);
      if ('error' in outcome) at(outcome.error, []);
      else {
        values[field.key] = outcome.value;
        if (outcome.given) values[givenKey(field.key)] = outcome.given;
      }
    }
  }
  return values;
}

const reporter =
  (ctx: z.RefinementCtx, base: Path = []): Report =>
  (message, path) =>
    ctx.addIssue({ code: 'custom', message, path: [...base, ...path] });

// ---------------------------------------------------------------------------------------------
// Schemas

/**
 * One form's values as posted by an HTML form (see unflattenFormFields): strings in, typed values
 * out. Empty strings become null, blank table rows are dropped, every field of the form is present
 * in the output. Issue paths are [fieldKey] or [tableKey, rowIndex, columnKey]; messages are
 * catalogue keys (contentErrors).
 */
export function formInputSchema(form: FormDef, locale: Locale = defaultLocale): z.ZodType<Values> {
  const parseCell: CellParser = (field, raw) => parsePosted(field, raw, locale);
  return z.unknown().transform((raw, ctx) => {
    let failed = false;
    const report = reporter(ctx);
    const values = parseValues(form, raw, parseCell, false, (m, p) => {
      failed = true;
      report(m, p);
    });
    return failed ? z.NEVER : values;
  });
}

/** A form's status as posted: '' means not yet answered. */
export const formStatusInputSchema: z.ZodType<FormStatus | null> = z.unknown().transform((raw, ctx) => {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw === 'string' && (formStatuses as readonly string[]).includes(raw)) return raw as FormStatus;
  ctx.addIssue({ code: 'custom', message: E.choice, path: [] });
  return z.NEVER;
});

export interface ContentSchemaOptions {
  /**
   * Drafts are stored incomplete, so required fields are only enforced when asked (e.g. before a
   * submission). Types, lengths, ranges and options are always checked.
   */
  enforceRequired?: boolean;
  /** The language numbers given as strings are read in; by default the one a verb checks its input in. */
  locale?: Locale;
}

/**
 * A whole stored ReportContent of this template (API input, XLSX import, a check before submit).
 * Typed values in, normalised content out: every form and field present, text trimmed, blank rows
 * dropped. Unknown forms, fields and columns are errors, since they would be silently lost.
 */
export function contentSchema(
  template: TemplateDef,
  options: ContentSchemaOptions = {},
): z.ZodType<ReportContent> {
  const enforceRequired = options.enforceRequired ?? false;
  const codes = new Set<string>(template.forms.map((f) => f.code));

  return z.unknown().transform((raw, ctx) => {
    const locale = options.locale ?? numberLocale();
    const parseCell: CellParser = (field, cell, given) =>
      parseStored(field, cell, given, enforceRequired, locale);
    let failed = false;
    const base = reporter(ctx);
    const report: Report = (m, p) => {
      failed = true;
      base(m, p);
    };
    if (!isPlainObject(raw)) {
      report(E.type, []);
      return z.NEVER;
    }
    for (const k of Object.keys(raw)) if (k !== 'template' && k !== 'forms') report(E.unknownKey, [k]);
    if (raw.template !== template.id) report(E.choice, ['template']);
    const rawForms = raw.forms ?? {};
    if (!isPlainObject(rawForms)) {
      report(E.type, ['forms']);
      return z.NEVER;
    }
    for (const k of Object.keys(rawForms)) if (!codes.has(k)) report(E.unknownKey, ['forms', k]);

    const forms: ReportContent['forms'] = {};
    for (const form of template.forms) {
      const at: Report = (m, p) => report(m, ['forms', form.code, ...p]);
      const input = rawForms[form.code] ?? {};
      if (!isPlainObject(input)) {
        at(E.type, []);
        continue;
      }
      for (const k of Object.keys(input)) if (k !== 'status' && k !== 'values') at(E.unknownKey, [k]);
      const status = input.status ?? null;
      const statusValid =
        status === null ||
        (form.hasStatus &&
          typeof status === 'string' &&
          (formStatuses as readonly string[]).includes(status));
      if (!statusValid) at(E.choice, ['status']);
      const values = parseValues(form, input.values, parseCell, true, (m, p) => at(m, ['values', ...p]));
      forms[form.code] = { status: statusValid ? (status as FormStatus | null) : null, values };
    }
    return failed ? z.NEVER : { template: template.id, forms };
  });
}

// ---------------------------------------------------------------------------------------------
// HTML field names

/** The HTML name of a scalar (`v.key`) or of a cell (`v.table.3.column`); errors map to it too. */
export function fieldName(path: readonly (string | number)[]): string {
  return `v.${path.join('.')}`;
}

/**
 * Stored values as the strings an HTML form shows in `locale` (the inverse of unflattenFormFields +
 * formInputSchema): a number in the language's writing, and beside it (`<name>.as`) its unit or state.
 */
export function flattenFormValues(
  form: FormDef,
  values: Values,
  locale: Locale = defaultLocale,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (field: ScalarField, name: string, value: ScalarValue | undefined, given: unknown) => {
    if (field.kind !== 'number') {
      out[name] = value === null || value === undefined ? '' : String(value);
      return;
    }
    const shown = numberFieldText(field, value, given, locale);
    out[name] = shown.text;
    if (shown.as) out[`${name}${AS_SUFFIX}`] = shown.as;
  };
  for (const field of form.fields) {
    const value = values[field.key];
    if (field.kind !== 'table') {
      put(field, fieldName([field.key]), Array.isArray(value) ? null : value, values[givenKey(field.key)]);
      continue;
    }
    const rows = Array.isArray(value) ? value : [];
    rows.forEach((row, i) => {
      for (const column of field.columns)
        put(column, fieldName([field.key, i, column.key]), row[column.key], row[givenKey(column.key)]);
    });
  }
  return out;
}

/** A posted cell: its text, with the choice of the select beside a number's box when one was posted. */
const postedCell = (field: ScalarField, text: string | undefined, as: string | undefined): unknown =>
  field.kind === 'number' && as !== undefined && as !== '' && as !== 'm2' ? { text: text ?? '', as } : text;

/**
 * Posted `v.*` fields back into the raw shape formInputSchema reads. Other posted names are
 * ignored. Missing row indices become blank rows, so error indices match the posted names.
 */
export function unflattenFormFields(form: FormDef, fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.kind !== 'table') {
      const name = fieldName([field.key]);
      out[field.key] = postedCell(field, fields[name], fields[`${name}${AS_SUFFIX}`]);
      continue;
    }
    const prefix = fieldName([field.key, '']);
    const byKey = new Map(field.columns.map((c) => [c.key, c]));
    const columns = new Set(field.columns.map((c) => c.key));
    const cells = new Map<number, Record<string, string>>();
    const asOf = new Map<number, Record<string, string>>();
    let length = 0;
    for (const [name, value] of Object.entries(fields)) {
      if (!name.startsWith(prefix)) continue;
      const match = /^(\d{1,9})\.(.+)$/.exec(name.slice(prefix.length));
      if (!match) continue;
      const asColumn = match[2]!.endsWith(AS_SUFFIX) ? match[2]!.slice(0, -AS_SUFFIX.length) : undefined;
      if (!columns.has(asColumn ?? match[2]!)) continue;
      const index = Number(match[1]);
      // Past the limit one extra row is enough for formInputSchema to report too many rows.
      if (index > MAX_TABLE_ROWS) {
        length = MAX_TABLE_ROWS + 1;
        continue;
      }
      length = Math.max(length, index + 1);
      const into = asColumn ? asOf : cells;
      const row = into.get(index) ?? {};
      row[asColumn ?? match[2]!] = value;
      into.set(index, row);
    }
    out[field.key] = Array.from({ length }, (_, i) => {
      const row: Record<string, unknown> = { ...cells.get(i) };
      for (const [key, as] of Object.entries(asOf.get(i) ?? {}))
        row[key] = postedCell(byKey.get(key)!, cells.get(i)?.[key], as);
      return row;
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Diff

export type ContentChange = {
  form: FormCode;
  /** A field key, or '_status' for the form's status. */
  field: string;
  row?: number;
  column?: string;
  change: 'added' | 'removed' | 'changed';
  /** A scalar, or a whole row when a row was added or removed. */
  before: ScalarValue | Record<string, ScalarValue>;
  after: ScalarValue | Record<string, ScalarValue>;
};

function compare(before: ScalarValue, after: ScalarValue): ContentChange['change'] | null {
  if (before === after) return null;
  if (before === null) return 'added';
  if (after === null) return 'removed';
  return 'changed';
}

const scalarOf = (v: FieldValue | undefined): ScalarValue => (v === undefined || Array.isArray(v) ? null : v);
const rowsOf = (v: FieldValue | undefined): TableValue => (Array.isArray(v) ? v : []);

/**
 * What changed from a to b, in template order: form statuses (field '_status'), scalars, and tables
 * row by row by index (a whole row added or removed, else each changed cell). Missing forms count
 * as empty. Equal contents give [].
 */
export function diffContent(a: ReportContent, b: ReportContent, template: TemplateDef): ContentChange[] {
  const changes: ContentChange[] = [];
  const empty = (form: FormDef): FormContent => ({ status: null, values: emptyValues(form) });
  for (const form of template.forms) {
    const before = a.forms[form.code] ?? empty(form);
    const after = b.forms[form.code] ?? empty(form);
    const status = compare(before.status, after.status);
    if (status) {
      changes.push({
        form: form.code,
        field: '_status',
        change: status,
        before: before.status,
        after: after.status,
      });
    }
    for (const field of form.fields) {
      if (field.kind !== 'table') {
        const was = scalarOf(before.values[field.key]);
        const is = scalarOf(after.values[field.key]);
        const change = compare(was, is);
        if (change) changes.push({ form: form.code, field: field.key, change, before: was, after: is });
        continue;
      }
      const wasRows = rowsOf(before.values[field.key]);
      const isRows = rowsOf(after.values[field.key]);
      for (let row = 0; row < Math.max(wasRows.length, isRows.length); row++) {
        const was = wasRows[row];
        const is = isRows[row];
        if (!was || !is) {
          changes.push({
            form: form.code,
            field: field.key,
            row,
            change: was ? 'removed' : 'added',
            before: was ?? null,
            after: is ?? null,
          });
          continue;
        }
        for (const column of field.columns) {
          const cellWas = was[column.key] ?? null;
          const cellIs = is[column.key] ?? null;
          const change = compare(cellWas, cellIs);
          if (change) {
            changes.push({
              form: form.code,
              field: field.key,
              row,
              column: column.key,
              change,
              before: cellWas,
              after: cellIs,
            });
          }
        }
      }
    }
  }
  return changes;
}
