import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { FilterForm } from '../../../../kernel/views/list-page.js';
import { RowsTable } from '../../views/table.js';
import type { Reconciliation, ReconciliationPair, SideTotal } from '../reconcile.js';
import { YearFilter } from './filters.js';
import { ledgerHref, SourceLink } from './links.js';
import { areaLabel, rowAmount, usdText } from './text.js';

/** What one side of a flow says: its dollars and the report rows that say it. */
function SideCell({ t, locale, side }: { t: Translate; locale: Locale; side: SideTotal }) {
  if (side.rows.length === 0) return <td>—</td>;
  return (
    <td class="num">
      {side.usd !== null ? usdText(locale, side.usd) : t('ledger:reconcile.unknownAmount')}
      <br />
      <span class="hint">
        {side.rows.map((r, i) => (
          <>
            {i > 0 ? ', ' : ''}
            <SourceLink t={t} row={r} otherwise={r.key} />
          </>
        ))}
      </span>
    </td>
  );
}

/** `/cooperation/ledger/reconciliation`: what donors say against what recipients say. */
export function ReconciliationPage(p: {
  t: Translate;
  locale: Locale;
  year: number | undefined;
  years: number[];
  result: Reconciliation;
  /** Some flow compared here is demonstration data. */
  demonstration: boolean;
}) {
  const { t, locale, result } = p;
  const pairRow = (x: ReconciliationPair) => (
    <tr data-status={x.status}>
      <td>{x.year}</td>
      <td>
        <a href={ledgerHref({ provider: x.providerIso3 })}>
          {partyName(locale, x.providerIso3, x.providerName)}
        </a>
      </td>
      <td>
        <a href={ledgerHref({ recipient: x.recipientIso3 })}>
          {partyName(locale, x.recipientIso3, x.recipientName)}
        </a>
      </td>
      <td>{areaLabel(t, x.area)}</td>
      <td>{t(`ledger:reconcile.status.${x.status}`)}</td>
      <SideCell t={t} locale={locale} side={x.donor} />
      <SideCell t={t} locale={locale} side={x.recipient} />
      <td class="num">{x.difference === null ? '—' : usdText(locale, x.difference)}</td>
    </tr>
  );
  return (
    <>
      <h1>{t('ledger:reconcile.title')}</h1>
      <DemoNotice t={t} show={p.demonstration} />
      <p>{t('ledger:reconcile.intro')}</p>
      <FilterForm t={t} action="/cooperation/ledger/reconciliation" submit={t('ledger:filter.show')}>
        <YearFilter t={t} value={p.year} years={p.years} />
      </FilterForm>
      <ul>
        {(['matched', 'donor_only', 'recipient_only', 'unresolved'] as const).map((s) => (
          <li data-count={s}>{t(`ledger:reconcile.count.${s}`, { count: result.counts[s] })}</li>
        ))}
      </ul>
      <RowsTable
        caption={t('ledger:reconcile.caption')}
        heads={[
          t('ledger:col.year'),
          t('ledger:col.provider'),
          t('ledger:col.recipient'),
          t('ledger:col.area'),
          t('ledger:reconcile.statusCol'),
          t('ledger:reconcile.donorSays'),
          t('ledger:reconcile.recipientSays'),
          t('ledger:reconcile.difference'),
        ]}
        rows={result.pairs}
        empty={t('ledger:empty')}
        row={pairRow}
      />
      <h2>{t('ledger:reconcile.unresolvedTitle')}</h2>
      <p>{t('ledger:reconcile.unresolvedIntro')}</p>
      <RowsTable
        caption={t('ledger:reconcile.unresolvedCaption', { count: result.unresolved.length })}
        heads={[
          t('ledger:col.year'),
          t('ledger:col.origin'),
          t('ledger:reconcile.reportingState'),
          t('ledger:reconcile.asWritten'),
          t('ledger:col.area'),
          t('ledger:col.amount'),
          t('ledger:col.source'),
        ]}
        rows={result.unresolved}
        empty={t('ledger:reconcile.noneUnresolved')}
        row={(r) => (
          <tr data-key={r.key}>
            <td>{r.year}</td>
            <td>{t(`ledger:origin.${r.origin}`)}</td>
            <td>
              {r.origin === 'donor_report'
                ? partyName(locale, r.providerIso3, r.providerName)
                : partyName(locale, r.recipientIso3, r.recipientName)}
            </td>
            <td>{r.counterpartText ?? t('ledger:reconcile.blank')}</td>
            <td>{areaLabel(t, r.area)}</td>
            <td class="num">{rowAmount(t, locale, r)}</td>
            <td>
              <SourceLink t={t} row={r} otherwise={r.key} />
            </td>
          </tr>
        )}
      />
    </>
  );
}
