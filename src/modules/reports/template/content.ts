import { z } from 'zod';
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
type Outcome = { value: ScalarValue } | { error: string };

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
    for (const key of Object.keys(values)) if (from && key in from.values) values[key] = from.values[key]!;
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
const plainNumber = /^-?\d+(\.\d+)?$/;

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

/** A cell as posted by an HTML form: a string (or nothing, for an unchecked radio group). */
function parsePosted(field: ScalarField, raw: unknown): Outcome {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return { error: E.type };
  const s = normaliseText(raw ?? '');
  if (s === '') return field.required ? { error: E.required } : { value: null };
  if (field.kind === 'number' && !plainNumber.test(s)) return { error: E.number };
  const value = field.kind === 'number' ? Number(s) : s;
  const error = checkTyped(field, value);
  return error ? { error } : { value };
}

/** A cell of stored content (API input, XLSX import): already typed; text is normalised as posted text is. */
function parseStored(field: ScalarField, raw: unknown, enforceRequired: boolean): Outcome {
  if (isBlankCell(raw)) return field.required && enforceRequired ? { error: E.required } : { value: null };
  const value = typeof raw === 'string' && field.kind !== 'number' ? normaliseText(raw) : raw;
  if (typeof value !== 'string' && typeof value !== 'number') return { error: E.type };
  const error = checkTyped(field, value);
  return error ? { error } : { value };
}

const isBlankCell = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

// ---------------------------------------------------------------------------------------------
// Walking a form's values

type CellParser = (field: ScalarField, raw: unknown) => Outcome;
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
  const columnKeys = new Set(table.columns.map((c) => c.key));
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
      const outcome = parseCell(column, input[column.key]);
      if ('error' in outcome) {
        cellsOk = false;
        report(outcome.error, [i, column.key]);
      } else row[column.key] = outcome.value;
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
    const known = new Set(form.fields.map((f) => f.key));
    for (const k of Object.keys(raw)) if (!known.has(k)) report(E.unknownKey, [k]);
  }
  for (const field of form.fields) {
    const at: Report = (message, path) => report(message, [field.key, ...path]);
    if (field.kind === 'table') {
      values[field.key] = parseTable(field, raw[field.key], parseCell, strict, at);
    } else {
      const outcome = parseCell(field, raw[field.key]);
      if ('error' in outcome) at(outcome.error, []);
      else values[field.key] = outcome.value;
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
export function formInputSchema(form: FormDef): z.ZodType<Values> {
  return z.unknown().transform((raw, ctx) => {
    let failed = false;
    const report = reporter(ctx);
    const values = parseValues(form, raw, parsePosted, false, (m, p) => {
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
  const parseCell: CellParser = (field, raw) => parseStored(field, raw, enforceRequired);
  const codes = new Set<string>(template.forms.map((f) => f.code));

  return z.unknown().transform((raw, ctx) => {
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

/** Numbers written as the form parser accepts them: never in exponent notation. */
function formatNumber(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

const toFieldString = (v: ScalarValue | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : v;

/** Stored values as the strings an HTML form shows (the inverse of unflattenFormFields + formInputSchema). */
export function flattenFormValues(form: FormDef, values: Values): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of form.fields) {
    const value = values[field.key];
    if (field.kind !== 'table') {
      out[fieldName([field.key])] = toFieldString(Array.isArray(value) ? null : value);
      continue;
    }
    const rows = Array.isArray(value) ? value : [];
    rows.forEach((row, i) => {
      for (const column of field.columns)
        out[fieldName([field.key, i, column.key])] = toFieldString(row[column.key]);
    });
  }
  return out;
}

/**
 * Posted `v.*` fields back into the raw shape formInputSchema reads. Other posted names are
 * ignored. Missing row indices become blank rows, so error indices match the posted names.
 */
export function unflattenFormFields(form: FormDef, fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.kind !== 'table') {
      out[field.key] = fields[fieldName([field.key])];
      continue;
    }
    const prefix = fieldName([field.key, '']);
    const columns = new Set(field.columns.map((c) => c.key));
    const cells = new Map<number, Record<string, string>>();
    let length = 0;
    for (const [name, value] of Object.entries(fields)) {
      if (!name.startsWith(prefix)) continue;
      const match = /^(\d{1,9})\.(.+)$/.exec(name.slice(prefix.length));
      if (!match || !columns.has(match[2]!)) continue;
      const index = Number(match[1]);
      // Past the limit one extra row is enough for formInputSchema to report too many rows.
      if (index > MAX_TABLE_ROWS) {
        length = MAX_TABLE_ROWS + 1;
        continue;
      }
      length = Math.max(length, index + 1);
      const row = cells.get(index) ?? {};
      row[match[2]!] = value;
      cells.set(index, row);
    }
    out[field.key] = Array.from({ length }, (_, i) => cells.get(i) ?? {});
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
