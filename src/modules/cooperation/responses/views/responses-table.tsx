import { isoDay } from '../../../../kernel/clock.js';
import { formatDate, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { Table, type TableDefinition } from '../../../../kernel/views/table.js';
import type { ResponseView } from '../queries.js';
import { needHref } from './links.js';
import { money } from './money.js';

/** The table of responses, on the need page and on the responses page. */
export function ResponsesTable(p: {
  t: Translate;
  locale: Locale;
  caption: string;
  rows: ResponseView[];
  /** Adds a column with the need each response answers (the responses page). */
  withNeed?: boolean;
}) {
  const { t, locale } = p;
  return (
    <Table
      definition={responsesTable(t, locale, p.withNeed ?? false)}
      rows={p.rows}
      locale={locale}
      caption={p.caption}
      empty={null}
      rowAttributes={(r) => ({ id: `response-${r.id}`, 'data-stage': r.stage })}
    />
  );
}

function responsesTable(t: Translate, locale: Locale, withNeed: boolean): TableDefinition<ResponseView> {
  return {
    columns: [
      {
        key: 'need',
        header: t('responses:col.need'),
        cell: (r) => (
          <>
            <a href={needHref(r.needId)}>{r.needStateName}</a>: {r.needDescription}
          </>
        ),
      },
      {
        key: 'partner',
        header: t('responses:col.partner'),
        rowHeader: true,
        cell: (r) => (
          <>
            {partyName(locale, r.partnerIso3, r.partnerName)}
            {r.offerTitle ? (
              <>
                <br />
                <span class="hint">{t('responses:offer', { title: r.offerTitle })}</span>
              </>
            ) : null}
          </>
        ),
      },
      { key: 'stage', header: t('responses:col.stage'), cell: (r) => t(`responses:stage.${r.stage}`) },
      { key: 'amount', header: t('responses:col.amount'), cell: (r) => money(locale, r.amount, r.currency) },
      {
        key: 'dates',
        header: t('responses:col.dates'),
        cell: (r) => (
          <>
            {t('responses:dates.since', {
              date: formatDate(locale, isoDay(r.createdAt)),
            })}
            {r.deliveredOn ? (
              <>
                <br />
                {t('responses:dates.delivered', { date: formatDate(locale, r.deliveredOn) })}
              </>
            ) : null}
            {r.confirmedAt ? (
              <>
                <br />
                {t('responses:dates.confirmed', {
                  date: formatDate(locale, isoDay(r.confirmedAt)),
                })}
              </>
            ) : null}
          </>
        ),
      },
      {
        key: 'ledger',
        header: t('responses:col.ledger'),
        cell: (r) => (r.ledgerEntryId ? t('responses:ledgerEntry', { id: r.ledgerEntryId }) : ''),
      },
    ],
    page: [...(withNeed ? ['need'] : []), 'partner', 'stage', 'amount', 'dates', 'ledger'],
  };
}
