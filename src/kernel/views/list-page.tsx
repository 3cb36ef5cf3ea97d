import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/index.js';
import { vocabularyOptions } from './choices.js';
import { FieldList, type FieldSpec } from './field-list.js';
import { Table, type TableProps } from './table.js';

/**
 * The downloads of a list: its CSV and XLSX files at `path.csv` and `path.xlsx`, both with the
 * list's `query` (its filters, "" or "?…"), then whatever `children` add (another file, a hint).
 */
export function Downloads(p: { t: Translate; path: string; query?: string; children?: Child }) {
  const { t } = p;
  const query = p.query ?? '';
  return (
    <p class="downloads">
      {t('common:download')}: <a href={`${p.path}.csv${query}`}>{t('common:downloadCsv')}</a>{' '}
      <a href={`${p.path}.xlsx${query}`}>{t('common:downloadXlsx')}</a>
      {p.children}
    </p>
  );
}

/**
 * A list's filters as a plain GET form to `action` (no script, bookmarkable): the `fields` with the
 * filter `values` in force, the `children` fields, the Filter button (or the `submit` label given), then a link back to the unfiltered list
 * when `reset` names it.
 */
export function FilterForm(p: {
  t: Translate;
  action: string;
  label?: string;
  submit?: string;
  reset?: string;
  fields?: ReadonlyArray<FieldSpec | false | null>;
  values?: Record<string, string | undefined>;
  children?: Child;
}) {
  return (
    <form method="get" action={p.action} class="filters" aria-label={p.label}>
      {p.fields ? <FieldList fields={p.fields} values={p.values ?? {}} /> : null}
      {p.children}
      <button type="submit">{p.submit ?? p.t('common:filter')}</button>
      {p.reset ? <a href={p.action}>{p.reset}</a> : null}
    </form>
  );
}

/** A filter that picks one of `options`, or any of them (`any` names that choice, the empty one). */
export function anyOf(
  name: string,
  label: string,
  any: string,
  options: Array<{ value: string; label: string }>,
): FieldSpec {
  return { kind: 'select', name, label, emptyLabel: any, options };
}

/**
 * A filter that picks one word of a vocabulary, or any of them: `anyOf` with the words' options
 * (`vocabularyOptions`: each labelled by the catalogue key `prefix` followed by the word).
 */
export function anyWordOf(
  t: Translate,
  name: string,
  label: string,
  any: string,
  words: readonly string[],
  prefix: `${string}.`,
): FieldSpec {
  return anyOf(name, label, any, vocabularyOptions(t, words, prefix));
}

/**
 * A list's results: its downloads at `downloads` (a path, as `Downloads` takes it, with the list's
 * `query` and the `children` after the links) when the list has them, a status line saying how many
 * rows there are (`count`, already translated), then the rows as a `Table`.
 */
export function ListResults<R>(
  p: TableProps<R> & { t: Translate; count: string; downloads?: string; query?: string; children?: Child },
) {
  const { t, count, downloads, query, children, ...table } = p;
  return (
    <>
      {downloads ? (
        <Downloads t={t} path={downloads} query={query}>
          {children}
        </Downloads>
      ) : null}
      <p role="status">{count}</p>
      <Table {...table} />
    </>
  );
}
