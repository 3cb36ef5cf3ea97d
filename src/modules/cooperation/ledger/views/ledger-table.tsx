import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { DemoBadge } from '../../../../kernel/views/demo-notice.js';
import { RowsTable } from '../../views/table.js';
import { reportedByDonorToo } from '../count-once.js';
import type { LedgerRow } from '../types.js';
import { type LedgerQueryValues, Party, SourceLink } from './links.js';
import { areaLabel, rowAmount, rowStatus, rowUsd } from './text.js';

/** Every flow, one row each, with the report row or entry it comes from. */
export function LedgerTable(p: {
  t: Translate;
  locale: Locale;
  rows: readonly LedgerRow[];
  q: LedgerQueryValues;
  caption: string;
}) {
  const { t, locale } = p;
  const twice = reportedByDonorToo(p.rows);
  return (
    <RowsTable
      class="ledger"
      caption={p.caption}
      heads={[
        t('ledger:col.year'),
        t('ledger:col.provider'),
        t('ledger:col.recipient'),
        t('ledger:col.area'),
        t('ledger:col.type'),
        t('ledger:col.amount'),
        t('ledger:col.usd'),
        t('ledger:col.status'),
        t('ledger:col.origin'),
        t('ledger:col.source'),
      ]}
      rows={p.rows}
      empty={t('ledger:empty')}
      row={(r) => (
        <tr data-key={r.key}>
          <td>{r.year}</td>
          <td>
            <Party iso3={r.providerIso3} name={r.providerName} side="provider" q={p.q} locale={locale} />
          </td>
          <td>
            <Party iso3={r.recipientIso3} name={r.recipientName} side="recipient" q={p.q} locale={locale} />
          </td>
          <td>{areaLabel(t, r.area)}</td>
          <td>{r.type ? t(`ledger:type.${r.type}`) : ''}</td>
          <td class="num">{rowAmount(t, locale, r)}</td>
          <td class="num">{rowUsd(t, locale, r)}</td>
          <td>
            {rowStatus(t, r)}
            {twice.has(r.key) ? ` (${t('ledger:countedOnce')})` : ''}
          </td>
          <td>
            {t(`ledger:origin.${r.origin}`)}
            {r.review && r.review !== 'confirmed' ? ` (${t(`ledger:review.${r.review}`)})` : ''}
            {r.nonPartyReport ? ` (${t('ledger:nonPartyReport')})` : ''}{' '}
            <DemoBadge t={t} show={r.demonstration} />
          </td>
          <td>
            <SourceLink t={t} row={r} otherwise={t('ledger:sourceEntry', { id: r.entryId })} />
          </td>
        </tr>
      )}
    />
  );
}
