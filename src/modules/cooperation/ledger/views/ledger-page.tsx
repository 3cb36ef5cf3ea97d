import { raw } from 'hono/html';
import { formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { Table } from '../../views/table.js';
import type { LedgerTotals, Matrix, YearSeries } from '../summary.js';
import type { LedgerRow } from '../types.js';
import { LedgerFilters, type StateName } from './filters.js';
import { chartTitle, seriesKeyLabel } from './flows-chart.js';
import { LedgerTable } from './ledger-table.js';
import { type LedgerQueryValues, ledgerHref } from './links.js';
import { MatrixTable } from './matrix-table.js';
import { type MapView, ReceivedMap } from './received-map.js';
import { SeriesTable } from './series-table.js';
import { sumText } from './text.js';

/** `/cooperation/ledger`: filters, totals, chart, matrix, map and every flow. */
export function LedgerPage(p: {
  t: Translate;
  locale: Locale;
  q: LedgerQueryValues;
  years: number[];
  states: StateName[];
  signedIn: boolean;
  canKeep: boolean;
  rows: readonly LedgerRow[];
  totals: LedgerTotals;
  series: YearSeries;
  chartSvg: string;
  matrix: Matrix;
  map: MapView;
}) {
  const { t, locale, q, totals } = p;
  const keyLabel = seriesKeyLabel(t, q.by);
  return (
    <>
      <h1>{t('ledger:title')}</h1>
      <DemoNotice t={t} show={p.rows.some((r) => r.demonstration)} detail={t('ledger:demo.detail')} />
      <p>{t('ledger:intro')}</p>
      <p>
        <a href="/cooperation/ledger/reconciliation">{t('ledger:links.reconciliation')}</a> ·{' '}
        <a href="/cooperation/ledger/donors">{t('ledger:links.donors')}</a> ·{' '}
        <a href="/cooperation/rates">{t('ledger:links.rates')}</a>
        {p.canKeep ? (
          <>
            {' '}
            · <a href="/cooperation/ledger/new">{t('ledger:links.new')}</a>
          </>
        ) : null}
      </p>
      <LedgerFilters t={t} q={q} years={p.years} states={p.states} signedIn={p.signedIn} />

      <h2>{t('ledger:totals.title')}</h2>
      <dl class="totals">
        {(['counted', 'pledged'] as const).map((k) => (
          <>
            <dt>{t(`ledger:totals.${k}`)}</dt>
            <dd data-total={k}>
              {sumText(t, locale, totals[k])} ({t('ledger:totals.rows', { count: totals[k].rows })})
            </dd>
          </>
        ))}
      </dl>
      <p class="hint">{t('ledger:totals.rule')}</p>
      <p class="hint">{t('ledger:totals.once')}</p>
      {totals.notConverted.length > 0 ? (
        <Table
          caption={t('ledger:totals.notConvertedCaption', { count: totals.counted.notConverted })}
          heads={[
            t('ledger:col.currency'),
            t('ledger:col.year'),
            t('ledger:col.amount'),
            t('ledger:col.rows'),
          ]}
        >
          {totals.notConverted.map((n) => (
            <tr>
              <th scope="row">{n.currency ?? t('ledger:noCurrency')}</th>
              <td>{n.year}</td>
              <td class="num">{formatNumber(locale, n.amount)}</td>
              <td class="num">{n.rows}</td>
            </tr>
          ))}
        </Table>
      ) : null}

      <h2>{chartTitle(t, q.by)}</h2>
      <figure class="chart">
        {raw(p.chartSvg)}
        <figcaption>
          <ul class="legend">
            {p.series.keys.map((k) => (
              <li>
                <span class={`swatch-k-${k}`} aria-hidden="true" />
                {keyLabel(k)}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <SeriesTable
        t={t}
        locale={locale}
        series={p.series}
        keyLabel={keyLabel}
        caption={t('ledger:chart.tableCaption')}
      />

      <h2>{t('ledger:matrix.title')}</h2>
      <MatrixTable t={t} locale={locale} matrix={p.matrix} q={q} />

      <h2>{t('ledger:map.title')}</h2>
      <ReceivedMap t={t} locale={locale} map={p.map} q={q} />

      <h2>{t('ledger:table.title')}</h2>
      <p>
        {t('ledger:download')}: <a href={ledgerHref(q, '/cooperation/ledger', { format: 'csv' })}>CSV</a> ·{' '}
        <a href={ledgerHref(q, '/cooperation/ledger', { format: 'xlsx' })}>XLSX</a>
      </p>
      <LedgerTable
        t={t}
        locale={locale}
        rows={p.rows}
        q={q}
        caption={t('ledger:table.caption', { count: p.rows.length })}
      />
    </>
  );
}
