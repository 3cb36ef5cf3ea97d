import type { Child } from 'hono/jsx';
import type { Translate } from '../../../kernel/i18n/index.js';
import { AccountsTable } from './table.js';

/** How many entries a log page shows; a full page has a link to the older ones. */
export const LOG_PAGE_SIZE = 100;

/** A log, newest first, a page at a time: its table, or that it is empty, then the way to older entries. */
export function LogTable<E extends { id: number }>(p: {
  t: Translate;
  /** Names the table: the page's heading. */
  label: string;
  /** The header cells. */
  heads: Child;
  entries: E[];
  row: (entry: E) => Child;
  olderHref: (lastId: number) => string;
}) {
  const { t } = p;
  const last = p.entries.at(-1);
  return (
    <>
      {p.entries.length === 0 ? (
        <p>{t('accounts:audit.empty')}</p>
      ) : (
        <AccountsTable label={p.label} heads={p.heads}>
          {p.entries.map(p.row)}
        </AccountsTable>
      )}
      {last && p.entries.length >= LOG_PAGE_SIZE ? (
        <p>
          <a href={p.olderHref(last.id)}>{t('accounts:audit.older')}</a>
        </p>
      ) : null}
    </>
  );
}
