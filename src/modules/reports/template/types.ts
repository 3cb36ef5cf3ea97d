import type { FormCode } from './form-codes.js';
import type { TemplateMeanings } from './meanings.js';

/**
 * Forms as data: a template version is a value of these types, not code. Labels, help and option
 * names are catalogue keys derived from the ids (see labelKey), so every language comes from the
 * catalogues and a new template version is a new definition file plus its catalogue.
 */

export { type FormCode, formCodes } from './form-codes.js';

/**
 * A field or column the Convention's template does not ask but States report beside what it asks
 * (confirmed apart from suspected areas, casualties by device, a total not split by sex and age,
 * the State's own US-dollar figure). It is part of the version (stored, exported, read by meaning)
 * and every rendering marks its label as beyond the template (`templateText`), so a reader never
 * takes it for a question of the official form.
 */
export interface BeyondTemplate {
  beyondTemplate?: true;
}

/** A cell of a repeatable table, or a scalar field of a form. */
export type ScalarField = BeyondTemplate &
  (
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
    | {
        kind: 'number';
        key: string;
        integer?: boolean;
        min?: number;
        unit?: string;
        /** An area: stored in m², may be given in hectares or km² (number-cells.ts). */
        unitKind?: 'area';
        required?: boolean;
      }
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
      }
  );

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
  /**
   * The catalogue namespaces its labels are read from, the first holding a key winning; by default
   * `template<id>`. A version derived from another reads the labels it keeps from the other's.
   */
  labelNamespaces?: readonly string[];
  /**
   * Set on a version made of another plus questions of the platform's own (supplement.ts): the
   * version it extends and the questions it adds (`form.key`), which every rendering marks as the
   * platform's, not the Convention's.
   */
  supplement?: { of: string; questions: readonly string[] };
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

/** The catalogue namespaces a template's labels are read from, in the order they are tried. */
export const labelNamespacesOf = (template: Pick<TemplateDef, 'id' | 'labelNamespaces'>): readonly string[] =>
  template.labelNamespaces ?? [`template${template.id}`];

/** The catalogue keys of a label, one per namespace of the template, in the order they are tried. */
export const labelKeys = (
  template: Pick<TemplateDef, 'id' | 'labelNamespaces'>,
  ...path: string[]
): string[] => labelNamespacesOf(template).map((ns) => `${ns}:${path.join('.')}`);

/** Whether a field, or a column of a table, is marked as beyond the template (`BeyondTemplate`). */
export function isBeyondTemplate(template: TemplateDef, form: string, key: string, column?: string): boolean {
  const field = template.forms.find((f) => f.code === form)?.fields.find((f) => f.key === key);
  if (!field) return false;
  if (column === undefined) return field.kind !== 'table' && field.beyondTemplate === true;
  return field.kind === 'table' && field.columns.some((c) => c.key === column && c.beyondTemplate === true);
}

/** Whether a question is one the platform added to the Convention's template (see `supplement`). */
export const isPlatformQuestion = (template: TemplateDef, form: string, key: string): boolean =>
  template.supplement?.questions.includes(`${form}.${key}`) ?? false;
