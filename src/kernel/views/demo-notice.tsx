import type { Child } from 'hono/jsx';
import type { ExportColumn } from '../export.js';
import type { Translate } from '../i18n/index.js';
import type { Column } from './table.js';

/**
 * The one way a page says it shows demonstration data: a notice above the content whenever any
 * of it is demonstration data, never only on the record's own page. `detail` says what is
 * invented or assumed on this page.
 */
export function DemoNotice(p: { t: Translate; show: boolean; detail?: Child }) {
  if (!p.show) return null;
  return (
    <p class="notice demo" role="note" data-demonstration="true">
      <strong>{p.t('common:demo.badge')}</strong> {p.t('common:demo.notice')}
      {p.detail ? <> {p.detail}</> : null}
    </p>
  );
}

/** The badge beside one demonstration record in a list. */
export function DemoBadge(p: { t: Translate; show: boolean }) {
  return p.show ? <span class="badge muted">{p.t('common:demo.badge')}</span> : null;
}

/**
 * The export column that marks each demonstration row, so a download says it too. A `Column` too
 * (key `demonstration`), for a table definition (views/table.tsx); pages show the badge instead.
 */
export function demonstrationColumn<R>(
  t: Translate,
  isDemo: (row: R) => boolean,
): ExportColumn<R> & Column<R> {
  return {
    key: 'demonstration',
    header: t('common:demo.column'),
    value: (r) => (isDemo(r) ? t('common:demo.yes') : ''),
  };
}
