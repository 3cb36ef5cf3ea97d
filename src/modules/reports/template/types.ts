import type { FormCode } from './form-codes.js';
import type { TemplateMeanings } from './meanings.js';

/**
 * Forms as data: a template version is a value of these types, not code. Labels, help and option
 * names are catalogue keys derived from the ids (see labelKey), so every language comes from the
 * catalogues and a new template version is a new definition file plus its catalogue.
 */

export { type FormCode, formCodes } from './form-codes.js';

/** A cell of a repeatable table, or a scalar field of a form. */
export type ScalarField =
  | {
      kind: 'text';
      key: string;
      multiline?: boolean;
      maxLength?: number;
      required?: boolean;
      /** An indicator counted from whether the text is given (e.g. "challenges reported", LAP48). */
      indicator?: string;
      alsoIndicators?: readonly string[];
    }
  | { kind: 'number'; key: string; integer?: boolean; min?: number; unit?: string; required?: boolean }
  | { kind: 'date'; key: string; required?: boolean }
  | { kind: 'choice'; key: string; options: readonly string[]; required?: boolean }
  /** Yes / no / partly questions: the structured answers the Lausanne Action Plan indicators count. */
  | {
      kind: 'yesno';
      key: string;
      partly?: boolean;
      indicator?: string;
      /** Further LAP actions the same answer counts towards (one question, several indicators). */
      alsoIndicators?: readonly string[];
      required?: boolean;
    };

export type TableField = {
  kind: 'table';
  key: string;
  columns: readonly ScalarField[];
  /** Empty rows offered in the form for new entries (no JavaScript needed to add a row). */
  blankRows?: number;
  /**
   * Columns that qualify a row but never make one by themselves (a consent, the register entry a
   * row came from): a row with only these filled is a blank row, dropped.
   */
  companions?: readonly string[];
  /** Columns nobody types: kept with the row through the form (hidden) and the workbook, not shown when reading. */
  hidden?: readonly string[];
  /** Rules across the cells of one row, checked after each cell on its own; messages are catalogue keys. */
  rowRule?: (row: Readonly<Record<string, ScalarValue>>) => readonly RowIssue[];
};

/** The columns a reader sees: all but the hidden ones. */
export const shownColumns = (table: TableField): readonly ScalarField[] =>
  table.hidden?.length ? table.columns.filter((c) => !table.hidden!.includes(c.key)) : table.columns;

/** A mistake found by a table's row rule, at the column to show it. */
export interface RowIssue {
  column: string;
  message: string;
}

export type FieldDef = ScalarField | TableField;

export interface FormDef {
  code: FormCode;
  /** Article 7.1 items this form answers, for reference (e.g. ['b', 'e']). */
  articleItems?: readonly string[];
  /** Whether a per-form status (changed / unchanged / not applicable) is asked: every form but the cover. */
  hasStatus: boolean;
  fields: readonly FieldDef[];
}

export interface TemplateDef {
  id: string;
  /** The official document that defines it, e.g. CCM/MSP/2010/PM/10. */
  reference: string;
  forms: readonly FormDef[];
  /** What its tables and fields mean (meanings.ts): the only way other modules read its content. */
  meanings: TemplateMeanings;
}

/** Values as stored: typed, so diffs, exports and indicators need no parsing. */
export type ScalarValue = string | number | null;
export type TableValue = Array<Record<string, ScalarValue>>;
export type FieldValue = ScalarValue | TableValue;

export type FormStatus = 'changed' | 'unchanged' | 'not_applicable';

export interface FormContent {
  status: FormStatus | null;
  values: Record<string, FieldValue>;
}

/** The whole content of one report version. */
export interface ReportContent {
  template: string;
  forms: Partial<Record<FormCode, FormContent>>;
}

/** Catalogue key of a form, field, column or option label (namespace = template id). */
export function labelKey(templateId: string, ...path: string[]): string {
  return `template${templateId}:${path.join('.')}`;
}
