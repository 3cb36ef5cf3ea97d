import { TableScroll } from '../../../kernel/views/table.js';
import type { ContentChange } from '../template/content.js';
import type { FormCode, ScalarValue, TableField } from '../template/types.js';
import { findField, formatRow, formatValue, type Labels } from './values.js';

export interface DiffSide {
  /** "2022, version 1 (submitted)" */
  label: string;
  href: string;
}

/** What changed between two contents, grouped by form: where · before · after. */
export function DiffPage(p: {
  labels: Labels;
  title: string;
  back: { href: string; label: string };
  from: DiffSide;
  to: DiffSide;
  changes: ContentChange[];
  note?: string;
}) {
  const { labels } = p;
  const { t } = labels;
  const byForm = new Map<FormCode, ContentChange[]>();
  for (const c of p.changes) byForm.set(c.form, [...(byForm.get(c.form) ?? []), c]);
  return (
    <article>
      <p>
        <a href={p.back.href}>{p.back.label}</a>
      </p>
      <h1>{p.title}</h1>
      <p>
        {t('reports:diff.between')} <a href={p.from.href}>{p.from.label}</a> {t('reports:diff.and')}{' '}
        <a href={p.to.href}>{p.to.label}</a>
      </p>
      {p.note ? <p class="hint">{p.note}</p> : null}
      {p.changes.length === 0 ? (
        <p role="status">
          <strong>{t('reports:diff.none')}</strong>
        </p>
      ) : (
        <p role="status">{t('reports:diff.count', { count: p.changes.length })}</p>
      )}
      {[...byForm].map(([code, changes]) => (
        <TableScroll label={labels.formTitle(code)}>
          <table class="diff">
            <caption>{labels.formTitle(code)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports:diff.where')}</th>
                <th scope="col">{t('reports:diff.before', { side: p.from.label })}</th>
                <th scope="col">{t('reports:diff.after', { side: p.to.label })}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr>
                  <th scope="row">{placeOf(labels, c)}</th>
                  <td>{sideText(labels, c, c.before)}</td>
                  <td>{sideText(labels, c, c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </article>
  );
}

/** The field, or the table, row and column a change is at, in words. */
function placeOf(labels: Labels, c: ContentChange): string {
  const { t } = labels;
  if (c.field === '_status') return t('reports:edit.status');
  const field = labels.field(c.form, c.field);
  if (c.row === undefined) return field;
  if (c.column === undefined) return t('reports:diff.rowPlace', { table: field, row: c.row + 1 });
  return t('reports:edit.cellPlace', {
    table: field,
    column: labels.column(c.form, c.field, c.column),
    row: c.row + 1,
  });
}

function sideText(labels: Labels, c: ContentChange, value: ContentChange['before']): string {
  if (value === null) return '—';
  if (c.field === '_status') return labels.status(value as Parameters<Labels['status']>[0]);
  const form = labels.template.forms.find((f) => f.code === c.form);
  const field = form ? findField(form, c.field) : undefined;
  if (!field) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (field.kind !== 'table') return formatValue(labels, c.form, field, value as ScalarValue) || '—';
  if (typeof value === 'object') return formatRow(labels, c.form, field, value) || '—';
  const column = (field as TableField).columns.find((col) => col.key === c.column);
  return column ? formatValue(labels, c.form, column, value, field.key) || '—' : String(value);
}
