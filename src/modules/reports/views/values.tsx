import { isoDay } from '../../../kernel/clock.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { TableScroll } from '../../../kernel/views/table.js';
import type { VersionSummary } from '../queries.js';
import { rowAnchor } from '../row-href.js';
import { templateText } from '../template/labels.js';
import { formatNumberCell, givenKey } from '../template/number-cells.js';
import {
  type FieldDef,
  type FormCode,
  type FormContent,
  type FormDef,
  type FormStatus,
  type ScalarField,
  type ScalarValue,
  shownColumns,
  type TableField,
  type TemplateDef,
} from '../template/types.js';

/**
 * Every word of a report page that depends on the template: titles, labels, help and option names
 * come from the template's catalogue (labelKey), so a new template version needs no view changes.
 */
export interface Labels {
  t: Translate;
  locale: Locale;
  template: TemplateDef;
  /** The document the version follows, as a reader should name it (a supplement says it is the platform's). */
  reference(): string;
  formTitle(code: FormCode): string;
  formIntro(code: FormCode): string;
  /** A scalar field, or a table as a whole. */
  field(code: FormCode, key: string): string;
  fieldHelp(code: FormCode, key: string): string;
  column(code: FormCode, table: string, column: string): string;
  columnHelp(code: FormCode, table: string, column: string): string;
  /** An answer as words: a choice's option name, Yes / No / Partly. */
  option(code: FormCode, field: ScalarField, value: string, table?: string): string;
  status(status: FormStatus | null): string;
}

export function labelsFor(t: Translate, locale: Locale, template: TemplateDef): Labels {
  const text = templateText(t, template);
  const label = text.label;
  // Help and intros are optional in the catalogue: a missing one is no text, never the raw key.
  const optional = text.optional;
  const fieldPath = (code: FormCode, key: string) => ['forms', code, 'fields', key];
  const columnPath = (code: FormCode, table: string, column: string) => [
    ...fieldPath(code, table),
    'columns',
    column,
  ];
  return {
    t,
    locale,
    template,
    reference: text.reference,
    formTitle: (code) => label('forms', code, 'title'),
    formIntro: (code) => optional('forms', code, 'intro'),
    field: (code, key) => label(...fieldPath(code, key), 'label'),
    fieldHelp: (code, key) => optional(...fieldPath(code, key), 'help'),
    column: (code, table, column) => label(...columnPath(code, table, column), 'label'),
    columnHelp: (code, table, column) => optional(...columnPath(code, table, column), 'help'),
    option: (code, field, value, table) => {
      if (field.kind === 'yesno') return optional('yesno', value) || value;
      const path = table ? columnPath(code, table, field.key) : fieldPath(code, field.key);
      return optional(...path, 'options', value) || value;
    },
    status: (status) => (status ? label('status', status) : t('reports:formStatus.none')),
  };
}

/** A stored value as a reader sees it: words for answers, numbers and dates in the reader's style. */
export function formatValue(
  labels: Labels,
  code: FormCode,
  field: ScalarField,
  value: ScalarValue | undefined,
  table?: string,
  /** An area's figure as given, when it was given in another unit than m² (`<key>@given`). */
  given?: unknown,
): string {
  if (value === null || value === undefined || value === '') return '';
  // A figure in the reader's style (a year never grouped), Unknown / Not reported, an area's unit.
  if (field.kind === 'number') return formatNumberCell(field, value, given, labels.locale);
  value = String(value);
  switch (field.kind) {
    case 'date':
      return formatDate(labels.locale, value);
    case 'choice':
    case 'yesno':
      return labels.option(code, field, value, table);
    default:
      return value;
  }
}

/** A value in a page: an em dash when empty, line breaks kept for long text. */
export function Value(p: {
  labels: Labels;
  code: FormCode;
  field: ScalarField;
  value: ScalarValue | undefined;
  table?: string;
  given?: unknown;
}) {
  const text = formatValue(p.labels, p.code, p.field, p.value, p.table, p.given);
  if (text === '') return <>—</>;
  if (p.field.kind === 'text' && p.field.multiline) return <span class="text-value">{text}</span>;
  return <>{text}</>;
}

/** A whole table row in one line ("Location: Nabatieh; Size: 1,200,000"), for a row added or removed. */
export function formatRow(
  labels: Labels,
  code: FormCode,
  table: TableField,
  row: Record<string, ScalarValue>,
): string {
  return shownColumns(table)
    .map((c) => [c, formatValue(labels, code, c, row[c.key], table.key, row[givenKey(c.key)])] as const)
    .filter(([, text]) => text !== '')
    .map(([c, text]) => `${labels.column(code, table.key, c.key)}: ${text}`)
    .join('; ');
}

export const findField = (form: FormDef, key: string): FieldDef | undefined =>
  form.fields.find((f) => f.key === key);

/** Consecutive questions are one list; each table stands alone; template order is kept. */
function groupFields(form: FormDef): Array<ScalarField[] | TableField> {
  const groups: Array<ScalarField[] | TableField> = [];
  for (const f of form.fields) {
    if (f.kind === 'table') groups.push(f);
    else {
      const last = groups[groups.length - 1];
      if (Array.isArray(last)) last.push(f);
      else groups.push([f]);
    }
  }
  return groups;
}

/** Every answer of one form, read-only: questions as a list, tables as tables. */
export function FormAnswers(p: { labels: Labels; form: FormDef; content: FormContent | undefined }) {
  const { labels, form } = p;
  const values = p.content?.values ?? {};
  return (
    <>
      {groupFields(form).map((group) =>
        Array.isArray(group) ? (
          <dl class="answers">
            {group.map((f) => {
              const v = values[f.key];
              return (
                <>
                  <dt>{labels.field(form.code, f.key)}</dt>
                  <dd>
                    <Value
                      labels={labels}
                      code={form.code}
                      field={f}
                      value={Array.isArray(v) ? null : v}
                      given={values[givenKey(f.key)]}
                    />
                  </dd>
                </>
              );
            })}
          </dl>
        ) : (
          <TableAnswers labels={labels} code={form.code} table={group} value={values[group.key]} />
        ),
      )}
    </>
  );
}

function TableAnswers(p: { labels: Labels; code: FormCode; table: TableField; value: unknown }) {
  const { labels, code, table } = p;
  const rows = Array.isArray(p.value) ? (p.value as Array<Record<string, ScalarValue>>) : [];
  const num = (c: ScalarField) => (c.kind === 'number' ? 'num' : undefined);
  return (
    <TableScroll label={labels.field(code, table.key)}>
      <table>
        <caption>{labels.field(code, table.key)}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.t('reports:edit.row')}</th>
            {shownColumns(table).map((c) => (
              <th scope="col" class={num(c)}>
                {labels.column(code, table.key, c.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colspan={shownColumns(table).length + 1}>{labels.t('reports:view.noEntries')}</td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr id={rowAnchor(code, table.key, i + 1)}>
                <th scope="row">{i + 1}</th>
                {shownColumns(table).map((c) => (
                  <td class={num(c)}>
                    <Value
                      labels={labels}
                      code={code}
                      field={c}
                      value={row[c.key]}
                      table={table.key}
                      given={row[givenKey(c.key)]}
                    />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** "Version 2 (submitted)": how a version is named in headings and links. */
export function versionName(t: Translate, v: Pick<VersionSummary, 'number' | 'status'>): string {
  return t('reports:version.name', { number: v.number, status: t(`reports:versionStatus.${v.status}`) });
}

/** A version's status as a badge: submitted stands out, a draft does not. */
export function VersionStatusBadge(p: { t: Translate; status: VersionSummary['status'] }) {
  return (
    <span class={`badge ${p.status === 'submitted' ? 'ok' : 'muted'}`}>
      {p.t(`reports:versionStatus.${p.status}`)}
    </span>
  );
}

/** The calendar day of an instant, in the reader's style. */
export const dayOf = (locale: Locale, d: Date | null | undefined) => (d ? formatDate(locale, isoDay(d)) : '');
