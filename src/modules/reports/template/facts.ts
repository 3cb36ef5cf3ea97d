import {
  type AnswerMeaningName,
  type FieldMeaningName,
  fieldMeanings,
  type TableMeaningName,
  tableMeanings,
} from './meanings.js';
import { isNumberState, type NumberState } from './number-cells.js';
import { getTemplate } from './registry.js';
import type { FormCode, FormStatus, ReportContent, ScalarValue, TableValue, TemplateDef } from './types.js';

/*
 * The one typed adapter from a report's content to everything else: registers, summaries, the
 * ledger and indicators read what a report says through `reportFacts`, by meaning, never by a
 * content key. Pure. Cells are read as typed (text trimmed, blank as null; numbers finite; yes/no as
 * booleans). A number the State said is unknown or did not report is null with that reason beside
 * it (`reasons`), never 0, so every count treats it as unknown; rules about what a fact means for a register (which row is a need) stay with that
 * register, applied to these facts.
 */

type Cell<K> = K extends 'text' ? string | null : K extends 'yesno' ? boolean | null : number | null;

/** Where a fact was read: the form, table and row (1-based, as a reader counts rows in the printed form). */
export interface FactSource {
  form: FormCode;
  table: string;
  row: number;
}

/** One row of a tabular fact, its parts typed, with the place it was read from. */
export type TableFact<M extends TableMeaningName> = {
  -readonly [P in keyof (typeof tableMeanings)[M]]: Cell<(typeof tableMeanings)[M][P]>;
} & {
  source: FactSource;
  /** Why a number part is null when the State said why: `unknown` or `not_reported` (absent: none said so). */
  reasons?: { [P in keyof (typeof tableMeanings)[M]]?: NumberState };
};

export type NeedFact = TableFact<'needs'>;
export type AssistanceFact = TableFact<'assistanceProvided'>;

/** A yes/no (or partly) answer, or a text the indicators count when it is given, with the indicators it feeds. */
export interface IndicatorAnswer {
  form: FormCode;
  question: string;
  indicators: readonly string[];
  answer: 'yes' | 'no' | 'partly' | 'given' | null;
}

export type ReportFacts = { [M in TableMeaningName]: TableFact<M>[] } & {
  [F in FieldMeaningName]: number | null;
} & {
  /** Why a field's number is null when the State said why (absent: left blank or given). */
  fieldReasons: { [F in FieldMeaningName]?: NumberState };
  /** The status the State gave the form holding each tabular fact (`unchanged`: as in its last report). */
  formStatus: { [M in TableMeaningName]: FormStatus | null };
  /** Every answer some Lausanne Action Plan indicator counts, in the order of the forms. */
  answers: IndicatorAnswer[];
  /** Each answer by meaning, with the question it was read from; absent when the template does not ask it. */
  answer: { [A in AnswerMeaningName]?: MeantAnswer };
};

/** An answer read by meaning: what the State said (null: left blank) and where it was asked. */
export interface MeantAnswer {
  answer: 'yes' | 'no' | 'partly' | 'given' | null;
  form: FormCode;
  question: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const readers = {
  text,
  number: num,
  integer: (v: unknown) => {
    const n = num(v);
    return n !== null && Number.isInteger(n) ? n : null;
  },
  yesno: (v: unknown) => (v === 'yes' ? true : v === 'no' ? false : null),
} as const;

/** A yes/no (or partly) answer as given, or a text counted as `given` when it is not blank. */
function readAnswer(kind: 'text' | 'yesno', value: unknown): MeantAnswer['answer'] {
  if (kind === 'text') return text(value) !== null ? 'given' : null;
  return value === 'yes' || value === 'no' || value === 'partly' ? value : null;
}

const meaningNames = Object.keys(tableMeanings) as TableMeaningName[];

function readTable<M extends TableMeaningName>(
  template: TemplateDef,
  content: ReportContent,
  meaning: M,
): { rows: TableFact<M>[]; status: FormStatus | null } {
  const where = template.meanings.tables[meaning];
  if (!where) return { rows: [], status: null };
  const form = content.forms[where.form];
  const table = form?.values[where.table];
  const parts = tableMeanings[meaning] as Record<string, keyof typeof readers>;
  const columns = where.columns as Record<string, string | undefined>;
  const rows = (Array.isArray(table) ? table : []).map((cells, i) => {
    const fact: Record<string, unknown> = {};
    const reasons: Record<string, NumberState> = {};
    for (const [part, kind] of Object.entries(parts)) {
      const column = columns[part];
      fact[part] = column === undefined ? null : readers[kind](cells[column]);
      const cell = column === undefined ? undefined : cells[column];
      if (isNumberState(cell)) reasons[part] = cell;
    }
    fact.source = { form: where.form, table: where.table, row: i + 1 };
    if (Object.keys(reasons).length) fact.reasons = reasons;
    return fact as TableFact<M>;
  });
  return { rows, status: form?.status ?? null };
}

/** The single values, by meaning; null where the template does not carry one or it is blank. */
function fieldsOf(
  template: TemplateDef,
  content: ReportContent,
): { [F in FieldMeaningName]: number | null } & Pick<ReportFacts, 'fieldReasons'> {
  const out = {} as { [F in FieldMeaningName]: number | null };
  const fieldReasons: ReportFacts['fieldReasons'] = {};
  for (const name of Object.keys(fieldMeanings) as FieldMeaningName[]) {
    const at = template.meanings.fields[name];
    const value = at ? content.forms[at.form]?.values[at.field] : undefined;
    out[name] = num(value);
    if (isNumberState(value)) fieldReasons[name] = value;
  }
  return { ...out, fieldReasons };
}

/** What a report version says, by meaning. `templateId` defaults to the one the content names. */
export function reportFacts(content: ReportContent, templateId: string = content.template): ReportFacts {
  const template = getTemplate(templateId);
  return factsOf(template, content);
}

/** As `reportFacts`, for a template given as a value (a template under test, not yet registered). */
export function factsOf(template: TemplateDef, content: ReportContent): ReportFacts {
  const tables = {} as { [M in TableMeaningName]: TableFact<M>[] };
  const formStatus = {} as ReportFacts['formStatus'];
  for (const m of meaningNames) {
    const { rows, status } = readTable(template, content, m);
    (tables as Record<string, unknown>)[m] = rows;
    formStatus[m] = status;
  }
  const answers: IndicatorAnswer[] = [];
  for (const form of template.forms) {
    for (const field of form.fields) {
      if ((field.kind !== 'yesno' && field.kind !== 'text') || !field.indicator) continue;
      const answer = readAnswer(field.kind, content.forms[form.code]?.values[field.key]);
      answers.push({
        form: form.code,
        question: field.key,
        indicators: [field.indicator, ...(field.alsoIndicators ?? [])],
        answer,
      });
    }
  }
  const answer: ReportFacts['answer'] = {};
  for (const [meaning, at] of Object.entries(template.meanings.answers ?? {})) {
    if (!at) continue;
    const field = template.forms.find((f) => f.code === at.form)?.fields.find((f) => f.key === at.question);
    answer[meaning as AnswerMeaningName] = {
      answer: readAnswer(
        field?.kind === 'text' ? 'text' : 'yesno',
        content.forms[at.form]?.values[at.question],
      ),
      form: at.form,
      question: at.question,
    };
  }
  return {
    ...tables,
    answer,
    ...fieldsOf(template, content),
    formStatus,
    answers,
  };
}

const total = (parts: ReadonlyArray<number | null>): number | null =>
  parts.some((n) => n !== null) ? parts.reduce<number>((a, n) => a + (n ?? 0), 0) : null;

/**
 * The casualties a victims row counts as caused by cluster munitions. When the State tells the
 * devices apart (beyond the 2010 template), only the submunition casualties; given only those of
 * other remnants, the rest of the row's total. Otherwise the row's casualties as the State reports
 * them on the cluster munition victims form: killed plus injured, else the sex and age parts. Null
 * when the row does not say (unknown, never 0).
 */
export function clusterMunitionCasualties(v: TableFact<'victims'>): number | null {
  const reported =
    v.killed !== null && v.injured !== null
      ? v.killed + v.injured
      : total([v.women, v.men, v.girls, v.boys, v.sexAgeUnknown]);
  if (v.submunitionCasualties !== null) return v.submunitionCasualties;
  if (v.otherRemnantCasualties !== null)
    return reported === null ? null : Math.max(0, reported - v.otherRemnantCasualties);
  return reported;
}

/**
 * The people a risk education row reached: the total the State gives (beyond the 2010 template;
 * "1,300 teachers" with no split), else the sum of its sex and age split (persons with disabilities
 * are among them, not added). Null when the row gives neither.
 */
export function peopleReached(r: TableFact<'riskEducation'>): number | null {
  return r.totalReached ?? total([r.women, r.men, r.girls, r.boys]);
}

/** A need to write into a report's needs table: the parts of a need fact, without its place. */
export type NeedEntry = Omit<NeedFact, 'source' | 'reasons'>;

const cellOf = (kind: keyof typeof readers, value: unknown): ScalarValue =>
  kind === 'yesno' ? (value === true ? 'yes' : value === false ? 'no' : null) : (value as ScalarValue);

/**
 * The content with its needs table holding these needs, written through the template's meanings
 * (the draft's pre-fill from the needs register). Content whose template keeps no needs, or whose
 * needs form is absent, is returned as it is.
 */
export function withNeedEntries(content: ReportContent, entries: readonly NeedEntry[]): ReportContent {
  const where = getTemplate(content.template).meanings.tables.needs;
  const form = where && content.forms[where.form];
  if (!where || !form) return content;
  const parts = tableMeanings.needs as Record<string, keyof typeof readers>;
  const columns = where.columns as Record<string, string | undefined>;
  const table: TableValue = entries.map((e) => {
    const row: Record<string, ScalarValue> = {};
    for (const [part, kind] of Object.entries(parts)) {
      const column = columns[part];
      if (column !== undefined) row[column] = cellOf(kind, (e as Record<string, unknown>)[part]);
    }
    return row;
  });
  return {
    ...content,
    forms: { ...content.forms, [where.form]: { ...form, values: { ...form.values, [where.table]: table } } },
  };
}
