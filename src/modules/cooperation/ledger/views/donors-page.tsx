import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { RowsTable } from '../../views/table.js';
import type { DonorTrend } from '../trends.js';
import { ledgerHref } from './links.js';
import { usdText } from './text.js';

/** `/cooperation/ledger/donors`: each donor year over year. */
export function DonorsPage(p: {
  t: Translate;
  locale: Locale;
  trends: DonorTrend[];
  demonstration: boolean;
}) {
  const { t, locale } = p;
  return (
    <>
      <h1>{t('ledger:donors.title')}</h1>
      <DemoNotice t={t} show={p.demonstration} />
      <p>{t('ledger:donors.intro')}</p>
      <RowsTable
        caption={t('ledger:donors.caption')}
        heads={[
          t('ledger:col.provider'),
          t('ledger:col.year'),
          t('ledger:donors.total'),
          t('ledger:donors.change'),
          t('ledger:donors.delta'),
        ]}
        rows={p.trends}
        empty={t('ledger:empty')}
        row={(d) =>
          d.years.map((y, i) => (
            <tr data-donor={d.donorKey} data-year={y.year} data-change={y.change ?? 'first'}>
              {i === 0 ? (
                <th scope="rowgroup" rowspan={d.years.length}>
                  {d.providerIso3 ? (
                    <a href={ledgerHref({ provider: d.providerIso3 })}>
                      {partyName(p.locale, d.providerIso3, d.providerName)}
                    </a>
                  ) : (
                    d.providerName
                  )}
                </th>
              ) : null}
              <td>{y.year}</td>
              <td class="num">
                {y.usd !== null
                  ? usdText(locale, y.usd)
                  : t('ledger:donors.unknown', {
                      known: usdText(locale, y.knownUsd),
                      count: y.unknownRows,
                    })}
              </td>
              <td>{y.change ? t(`ledger:donors.changes.${y.change}`) : t('ledger:donors.first')}</td>
              <td class="num">{y.delta === null ? '—' : usdText(locale, y.delta)}</td>
            </tr>
          ))
        }
      />
    </>
  );
}
