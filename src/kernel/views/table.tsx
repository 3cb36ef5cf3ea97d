import type { Child } from 'hono/jsx';
import type { ExportCell, ExportColumn } from '../export.js';
import { formatDate, formatNumber, type Locale } from '../i18n/index.js';

/**
 * One column of a list, for the page and for its downloads alike: the CSV and XLSX files take
 * `value`, the HTML table shows `cell` (or `value` when there is no `cell`). Define a list's
 * columns once, in one function, and give the same definition to `Table` and to `exportColumns`.
 */
export interface Column<R> {
  /** Names the column in `TableDefinition.page`. */
  key: string;
  /** The header, already translated: the same text on the page and in the file. */
  header: string;
  /**
   * The cell in the CSV and XLSX files, typed (numbers as numbers, days as ISO `YYYY-MM-DD`). A
   * column without a value is the page's only (an actions column).
   */
  value?: (row: R) => ExportCell;
  /** The page's cell when it says more than the value: a link, a badge, a date in the reader's language. */
  cell?: (row: R) => Child;
  /** A number: right-aligned (class `num`) on the page; the default cell is the value in the reader's format. */
  numeric?: boolean;
  /** The value is an ISO date; `partial` when some are known only to the month or year (kernel/export.ts). */
  date?: 'day' | 'partial';
  /** This cell names the row (`<th scope="row">`): the first column a screen reader announces. */
  rowHeader?: boolean;
  /** A class on the page's cell (an urgency colour). */
  cellClass?: (row: R) => string | undefined;
}

/** A column of ISO days: the day as it is in the downloads, in the reader's language on the page. */
export function dayColumn<R>(
  key: string,
  header: string,
  locale: Locale,
  day: (row: R) => string,
): Column<R> {
  return { key, header, value: day, cell: (r) => formatDate(locale, day(r)) };
}

/** A list's columns, and which of them the page shows (by key, in the page's order). */
export interface TableDefinition<R> {
  /** In the downloads' order; every column with a `value` is in the downloads. */
  columns: readonly Column<R>[];
  /** The columns the page shows, in its order: a page is often narrower than its download. All when not given. */
  page?: readonly string[];
}

/** The columns of the CSV and XLSX downloads: every column with a value, in definition order. */
export function exportColumns<R>(def: TableDefinition<R>): ExportColumn<R>[] {
  return def.columns.flatMap((c) =>
    c.value ? [{ header: c.header, value: c.value, numeric: c.numeric, date: c.date }] : [],
  );
}

function pageColumns<R>(def: TableDefinition<R>): readonly Column<R>[] {
  if (!def.page) return def.columns;
  return def.page.map((key) => {
    const column = def.columns.find((c) => c.key === key);
    if (!column) throw new Error(`table: no column "${key}"`);
    return column;
  });
}

export interface TableProps<R> {
  definition: TableDefinition<R>;
  rows: readonly R[];
  locale: Locale;
  /** Names the table; a table under a heading that names it may go without. */
  caption?: Child;
  /** Shown instead of the table when there are no rows (nothing when left out). */
  empty?: Child;
  /** Attributes of a row: an anchor id, a class (`overdue`), a data attribute for scripts and tests. */
  rowAttributes?: (row: R) => Record<string, string | undefined>;
  /** Names the scrolling region when the caption is not plain text (the caption itself otherwise). */
  label?: string;
  /** A class on the table itself (a page's own styling). */
  class?: string;
}

/**
 * The region a wide table scrolls in, so that the page never scrolls sideways (WCAG 1.4.10): named
 * for screen readers and focusable, so a keyboard can scroll it. Every table of the app is in one.
 */
export function TableScroll(p: { label: string | undefined; children: Child }) {
  // A section with a name is a region (role="region") for assistive technology.
  return p.label ? (
    <section class="table-scroll" aria-label={p.label} tabindex={0}>
      {p.children}
    </section>
  ) : (
    <div class="table-scroll" tabindex={0}>
      {p.children}
    </div>
  );
}

/**
 * A list as an accessible table: a caption, a header row of column headers, one row per record
 * with its naming cell as a row header, in a region that scrolls sideways when the table is wider
 * than the screen. With no rows, the `empty` text instead.
 */
export function Table<R>(p: TableProps<R>) {
  if (p.rows.length === 0) return p.empty === undefined ? null : <p>{p.empty}</p>;
  const columns = pageColumns(p.definition);
  const cellOf = (c: Column<R>, r: R): Child => {
    if (c.cell) return c.cell(r);
    const v = c.value?.(r) ?? null;
    return typeof v === 'number' ? formatNumber(p.locale, v) : v;
  };
  return (
    <TableScroll label={p.label ?? (typeof p.caption === 'string' ? p.caption : undefined)}>
      <table class={p.class}>
        {p.caption === undefined ? null : <caption>{p.caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" class={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr {...(p.rowAttributes?.(r) ?? {})}>
              {columns.map((c) => {
                const className = [c.numeric ? 'num' : undefined, c.cellClass?.(r)].filter(Boolean).join(' ');
                return c.rowHeader ? (
                  <th scope="row" class={className || undefined}>
                    {cellOf(c, r)}
                  </th>
                ) : (
                  <td class={className || undefined}>{cellOf(c, r)}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
