import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import type { LedgerRow } from '../types.js';
import { areaLabel, rowAmount, rowStatus, rowUsd } from './text.js';

/** `/cooperation/ledger/entries/:id`: one stored entry, with the ISU's edit and remove. */
export function EntryPage(p: {
  t: Translate;
  locale: Locale;
  row: LedgerRow;
  note: string | null;
  canKeep: boolean;
}) {
  const { t, locale, row: r } = p;
  const item = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <>
      <h1>{t('ledger:entry.title', { id: r.entryId })}</h1>
      <DemoNotice t={t} show={r.demonstration} />
      <dl>
        {item(t('ledger:col.origin'), t(`ledger:origin.${r.origin}`))}
        {item(t('ledger:col.review'), r.review ? t(`ledger:review.${r.review}`) : '')}
        {item(t('ledger:col.provider'), partyName(locale, r.providerIso3, r.providerName))}
        {item(t('ledger:col.recipient'), partyName(locale, r.recipientIso3, r.recipientName))}
        {item(t('ledger:col.year'), String(r.year))}
        {item(t('ledger:col.area'), areaLabel(t, r.area))}
        {item(t('ledger:col.type'), r.type ? t(`ledger:type.${r.type}`) : '')}
        {item(t('ledger:col.amount'), rowAmount(t, locale, r))}
        {item(t('ledger:col.usd'), rowUsd(t, locale, r))}
        {item(t('ledger:col.status'), rowStatus(t, r))}
        {item(t('ledger:field.channel'), r.channel ?? '')}
        {item(
          t('ledger:field.inResponseToRequest'),
          r.inResponseToRequest ? t('ledger:yes') : t('ledger:no'),
        )}
        {item(t('ledger:field.note'), p.note ?? '')}
      </dl>
      {p.canKeep && r.origin === 'isu' ? (
        <>
          <p>
            <a href={`/cooperation/ledger/entries/${r.entryId}/edit`}>{t('ledger:entry.edit')}</a>
          </p>
          <form method="post" action={`/cooperation/ledger/entries/${r.entryId}/remove#errors`}>
            <button type="submit">{t('ledger:entry.remove')}</button>
          </form>
        </>
      ) : null}
      <p>
        <a href="/cooperation/ledger">{t('ledger:entry.back')}</a>
      </p>
    </>
  );
}
