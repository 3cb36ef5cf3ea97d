import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../kernel/errors.js';
import { ERRORS_ID } from '../../../kernel/forms.js';
import { TableScroll } from '../../../kernel/views/table.js';
import { formStatuses } from '../template/content.js';
import {
  type AreaUnit,
  AS_SUFFIX,
  areaUnitLabel,
  areaUnitList,
  isAreaField,
  isNumberState,
  numberStateLabel,
  numberStates,
} from '../template/number-cells.js';
import {
  type FormCode,
  type FormDef,
  type ScalarField,
  shownColumns,
  type TableField,
} from '../template/types.js';
import type { Labels } from './values.js';

/** Same ids as the kernel's fields, so an error summary link lands on its control. */
export const controlId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export interface FormEditProps {
  labels: Labels;
  report: { id: number; year: number; iso3: string; stateName: string };
  version: { number: number };
  form: FormDef;
  /** What the inputs show: the stored values as strings, or what was typed. */
  values: Record<string, string>;
  /** How many rows each table shows, blank ones included. */
  rowCounts: Record<string, number>;
  /** The lock version the person saw: after a conflict it is kept, never replaced silently. */
  lockVersion: number;
  /** How many times "add more rows" was asked, so the next ask adds to it. */
  more: number;
  errors?: FieldErrors;
  conflict?: { message: string; reloadHref: string };
  /** Consistency warnings of this form, by the HTML name of the field or cell they are shown at. */
  warnings?: Record<string, CellWarning[]>;
  /** Where a warning's confirmation is posted. */
  confirmAction?: string;
}

/** A consistency warning at a field or cell: what disagrees, and who confirmed the figures, if anyone did. */
export interface CellWarning {
  /** The id of the small form that confirms it (its controls sit at the cell, by `form=`). */
  formId: string;
  key: string;
  message: string;
  /** "Confirmed by … on …", once confirmed. */
  confirmed: string | null;
}

export function FormEditPage(p: FormEditProps) {
  const { labels, form, report } = p;
  const { t } = labels;
  const action = `/reports/${report.id}/versions/${p.version.number}/forms/${form.code}`;
  return (
    <section>
      <p>
        <a href={`/reports/${report.id}`}>
          {t('reports:edit.back', { state: report.stateName, year: report.year })}
        </a>
      </p>
      <h1>{labels.formTitle(form.code)}</h1>
      <p class="hint">
        {t('reports:edit.context', { state: report.stateName, year: report.year, number: p.version.number })}
      </p>
      {labels.formIntro(form.code) ? <p>{labels.formIntro(form.code)}</p> : null}
      {p.conflict ? (
        <div class="conflict" role="alert">
          <p>{p.conflict.message}</p>
          <p>
            <a href={p.conflict.reloadHref}>{t('reports:edit.reload')}</a>
          </p>
        </div>
      ) : null}
      <EditErrorSummary labels={labels} form={form} errors={p.errors} />
      <WarningSummary labels={labels} form={form} warnings={p.warnings} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        <input type="hidden" name="lockVersion" value={String(p.lockVersion)} />
        <input type="hidden" name="more" value={String(p.more)} />
        {form.hasStatus ? (
          <StatusField labels={labels} value={p.values.status ?? ''} errors={p.errors} />
        ) : null}
        {form.fields.map((f) =>
          f.kind === 'table' ? (
            <TableInput
              labels={labels}
              code={form.code}
              table={f}
              rows={p.rowCounts[f.key] ?? 0}
              values={p.values}
              errors={p.errors}
              warnings={p.warnings}
            />
          ) : (
            <ScalarInput
              labels={labels}
              code={form.code}
              field={f}
              values={p.values}
              errors={p.errors}
              warnings={p.warnings}
            />
          ),
        )}
        <div class="actions">
          <button type="submit" name="intent" value="save">
            {t('common:save')}
          </button>
          <button type="submit" name="intent" value="more" class="secondary">
            {t('reports:edit.saveMore')}
          </button>
          <a href={`/reports/${report.id}`}>{t('common:cancel')}</a>
        </div>
      </form>
      {/* One small form per open warning; its note and button sit at the cell (form attribute). */}
      {Object.values(p.warnings ?? {})
        .flat()
        .filter((w) => !w.confirmed)
        .map((w) => (
          <form id={w.formId} method="post" action={`${p.confirmAction}#errors`}>
            <input type="hidden" name="warningKey" value={w.key} />
          </form>
        ))}
    </section>
  );
}

/** The form's warnings, listed with their place, each linking to the field or cell it is shown at. */
function WarningSummary(p: { labels: Labels; form: FormDef; warnings?: Record<string, CellWarning[]> }) {
  const entries = Object.entries(p.warnings ?? {});
  if (entries.length === 0) return null;
  const open = entries.flatMap(([, ws]) => ws).filter((w) => !w.confirmed).length;
  return (
    <div class="warnings" role="status">
      <h2>{p.labels.t('reports:checks.summary', { count: open })}</h2>
      <ul>
        {entries.flatMap(([name, ws]) =>
          ws.map((w) => (
            <li>
              <a href={`#${controlId(name)}`}>{placeOf(p.labels, p.form, name) ?? name}</a>: {w.message}
              {w.confirmed ? ` (${w.confirmed})` : null}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

/** The warnings at one field or cell: confirmed ones say by whom; open ones offer a note and "confirm". */
function WarningText(p: { labels: Labels; id: string; warnings?: CellWarning[] }) {
  if (!p.warnings?.length) return null;
  return (
    <div class="warning" id={`${p.id}-warning`}>
      {p.warnings.map((w) => (
        <div>
          <p>{w.message}</p>
          {w.confirmed ? (
            <p class="hint">{w.confirmed}</p>
          ) : (
            <p>
              <label>
                {p.labels.t('reports:checks.note')}{' '}
                <input type="text" name="note" form={w.formId} maxlength={1000} />
              </label>{' '}
              <button type="submit" form={w.formId} class="secondary">
                {p.labels.t('reports:checks.confirm')}
              </button>
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

/** Where an error is, in words: the summary names the question, or the table, column and row. */
function placeOf(labels: Labels, form: FormDef, name: string): string | undefined {
  if (name === 'status') return labels.t('reports:edit.status');
  const [prefix, key, row, column] = name.split('.');
  if (prefix !== 'v' || !key) return undefined;
  const field = form.fields.find((f) => f.key === key);
  if (!field) return undefined;
  if (field.kind !== 'table' || row === undefined || column === undefined)
    return labels.field(form.code, key);
  return labels.t('reports:edit.cellPlace', {
    table: labels.field(form.code, key),
    column: labels.column(form.code, key, column),
    row: Number(row) + 1,
  });
}

function EditErrorSummary(p: { labels: Labels; form: FormDef; errors?: FieldErrors }) {
  if (!p.errors || Object.keys(p.errors).length === 0) return null;
  return (
    <div id={ERRORS_ID} class="error-summary" role="alert" tabindex={-1}>
      <h2>{p.labels.t('errors:summary')}</h2>
      <ul>
        {Object.entries(p.errors).map(([name, msgs]) => {
          const place = placeOf(p.labels, p.form, name);
          const text = place ? `${place}: ${msgs.join(' ')}` : msgs.join(' ');
          return <li>{place ? <a href={`#${controlId(name)}`}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}

/** The hint and error a control points to, and whether it is invalid. */
function described(id: string, hintId: string | undefined, errs: string[] | undefined) {
  const ids = [hintId, errs?.length ? `${id}-error` : null].filter(Boolean);
  return {
    'aria-invalid': errs?.length ? ('true' as const) : undefined,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
  };
}

function ErrorText(p: { id: string; errs: string[] | undefined }) {
  return p.errs?.length ? (
    <p class="error" id={`${p.id}-error`}>
      {p.errs.join(' ')}
    </p>
  ) : null;
}

interface ControlProps {
  labels: Labels;
  code: FormCode;
  field: ScalarField;
  table?: string;
  name: string;
  id: string;
  value: string;
  /** A number's unit or state: the select beside its box (`<name>.as`). */
  as?: string;
  /** What the control is called, for the select beside a number (a table cell says it in its aria-label). */
  title?: string;
  aria: Record<string, string | undefined>;
  /** Cells of a table are compact: a select for yes/no, two lines for long text. */
  cell?: boolean;
}

/** One control for a value of any kind: the same for a question and for a table cell. */
function Control(p: ControlProps) {
  const { field } = p;
  const common = { id: p.id, name: p.name, ...p.aria };
  switch (field.kind) {
    case 'text':
      return field.multiline ? (
        <textarea {...common} rows={p.cell ? 2 : 4} maxlength={field.maxLength}>
          {p.value}
        </textarea>
      ) : (
        <input {...common} type="text" value={p.value} maxlength={field.maxLength} />
      );
    case 'number': {
      // Text with a decimal keypad: browsers' number inputs reformat or drop what a person typed.
      // Beside it, what the figure is given in (an area's unit), or that it is unknown or not reported.
      const choices: string[] = [...(isAreaField(field) ? areaUnitList : ['']), ...numberStates];
      const chosen = p.as ?? (isAreaField(field) ? 'm2' : '');
      return (
        <span class="number-field">
          <input {...common} type="text" inputmode="decimal" value={p.value} />{' '}
          <select
            name={`${p.name}${AS_SUFFIX}`}
            aria-label={`${p.labels.t('reports:edit.givenAs')}: ${p.title ?? p.aria['aria-label'] ?? ''}`}
          >
            {choices.map((o) => (
              <option value={o} selected={o === chosen}>
                {o === ''
                  ? p.labels.t('reports:edit.figure')
                  : isNumberState(o)
                    ? p.labels.t(numberStateLabel(o))
                    : p.labels.t(areaUnitLabel(o as AreaUnit))}
              </option>
            ))}
          </select>
        </span>
      );
    }
    case 'date':
      return <input {...common} type="date" value={p.value} />;
    case 'choice':
    case 'yesno': {
      const options =
        field.kind === 'choice' ? field.options : field.partly ? ['yes', 'no', 'partly'] : ['yes', 'no'];
      return (
        <select {...common}>
          <option value="">{p.labels.t('reports:edit.noAnswer')}</option>
          {options.map((o) => (
            <option value={o} selected={o === p.value}>
              {p.labels.option(p.code, field, o, p.table)}
            </option>
          ))}
        </select>
      );
    }
  }
}

/** A question: label, help, error, control; yes/no questions are a group of radio buttons. */
function ScalarInput(p: {
  labels: Labels;
  code: FormCode;
  field: ScalarField;
  values: Record<string, string>;
  errors?: FieldErrors;
  warnings?: Record<string, CellWarning[]>;
}) {
  const { labels, field } = p;
  const name = `v.${field.key}`;
  const id = controlId(name);
  const errs = p.errors?.[name];
  const label = labels.field(p.code, field.key);
  const hint = labels.fieldHelp(p.code, field.key);
  const value = p.values[name] ?? '';
  const aria = described(id, hint ? `${id}-hint` : undefined, errs);
  const hintText = hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
  if (field.kind === 'yesno') {
    const options = field.partly ? ['yes', 'no', 'partly', ''] : ['yes', 'no', ''];
    return (
      <fieldset class={errs?.length ? 'group choices invalid' : 'group choices'} {...aria}>
        <legend>{label}</legend>
        {hintText}
        <ErrorText id={id} errs={errs} />
        {options.map((o, i) => (
          <label>
            <input type="radio" name={name} value={o} checked={o === value} id={i === 0 ? id : undefined} />{' '}
            {o ? labels.option(p.code, field, o) : labels.t('reports:edit.noAnswer')}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <div class={errs?.length ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hintText}
      <ErrorText id={id} errs={errs} />
      <Control
        labels={labels}
        code={p.code}
        field={field}
        name={name}
        id={id}
        value={value}
        as={p.values[`${name}${AS_SUFFIX}`]}
        title={label}
        aria={aria}
      />
      <WarningText labels={labels} id={id} warnings={p.warnings?.[name]} />
    </div>
  );
}

/** The form's status: what the cover page says of this form since the previous report. */
function StatusField(p: { labels: Labels; value: string; errors?: FieldErrors }) {
  const { labels } = p;
  const id = controlId('status');
  const errs = p.errors?.status;
  const hint = labels.t('reports:edit.statusHint');
  return (
    <fieldset class="group choices stacked" {...described(id, `${id}-hint`, errs)}>
      <legend>{labels.t('reports:edit.status')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <ErrorText id={id} errs={errs} />
      {[...formStatuses, ''].map((s, i) => (
        <label>
          <input type="radio" name="status" value={s} checked={s === p.value} id={i === 0 ? id : undefined} />{' '}
          {s ? labels.status(s as (typeof formStatuses)[number]) : labels.t('reports:formStatus.none')}
        </label>
      ))}
    </fieldset>
  );
}

/** A repeatable table as a grid of inputs: the stored rows, then blank ones to type new entries into. */
function TableInput(p: {
  labels: Labels;
  code: FormCode;
  table: TableField;
  rows: number;
  values: Record<string, string>;
  errors?: FieldErrors;
  warnings?: Record<string, CellWarning[]>;
}) {
  const { labels, code, table } = p;
  const { t } = labels;
  const name = `v.${table.key}`;
  const id = controlId(name);
  const label = labels.field(code, table.key);
  const help = labels.fieldHelp(code, table.key);
  const tableErrs = p.errors?.[name];
  const helpId = (column: string) => `${id}-h-${column}`;
  const helps = new Set(
    shownColumns(table)
      .filter((c) => labels.columnHelp(code, table.key, c.key))
      .map((c) => c.key),
  );
  const rows: Child[] = [];
  for (let i = 0; i < p.rows; i++) {
    rows.push(
      <tr>
        <th scope="row">
          {i + 1}
          {/* Nobody types these: they travel with the row (the need it came from). */}
          {(table.hidden ?? []).map((key) => (
            <input type="hidden" name={`${name}.${i}.${key}`} value={p.values[`${name}.${i}.${key}`] ?? ''} />
          ))}
        </th>
        {shownColumns(table).map((column) => {
          const cell = `${name}.${i}.${column.key}`;
          const cellId = controlId(cell);
          const errs = p.errors?.[cell];
          return (
            <td class={errs?.length ? 'invalid' : undefined}>
              <Control
                labels={labels}
                code={code}
                field={column}
                table={table.key}
                name={cell}
                id={cellId}
                value={p.values[cell] ?? ''}
                as={p.values[`${cell}${AS_SUFFIX}`]}
                cell
                aria={{
                  // Each cell says which column and row it is; the column's help is read with it.
                  'aria-label': t('reports:edit.cellLabel', {
                    column: labels.column(code, table.key, column.key),
                    row: i + 1,
                  }),
                  ...described(cellId, helps.has(column.key) ? helpId(column.key) : undefined, errs),
                }}
              />
              <ErrorText id={cellId} errs={errs} />
              <WarningText labels={labels} id={cellId} warnings={p.warnings?.[cell]} />
            </td>
          );
        })}
      </tr>,
    );
  }
  return (
    <fieldset class="group" id={id}>
      <legend>{label}</legend>
      <ErrorText id={id} errs={tableErrs} />
      <TableScroll label={help || label}>
        <table class="grid">
          <caption class="hint">{help || label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports:edit.row')}</th>
              {shownColumns(table).map((column) => {
                const columnHelp = labels.columnHelp(code, table.key, column.key);
                return (
                  <th scope="col">
                    {labels.column(code, table.key, column.key)}
                    {columnHelp ? (
                      <span class="hint" id={helpId(column.key)}>
                        {' '}
                        {columnHelp}
                      </span>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </TableScroll>
    </fieldset>
  );
}
