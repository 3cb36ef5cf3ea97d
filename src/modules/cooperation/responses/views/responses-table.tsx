import { isoDay } from '../../../../kernel/clock.js';
import { formatDate, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { Table } from '../../views/table.js';
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
    <div class="table-wrap">
      <Table
        caption={p.caption}
        heads={[
          ...(p.withNeed ? [t('responses:col.need')] : []),
          t('responses:col.partner'),
          t('responses:col.stage'),
          t('responses:col.amount'),
          t('responses:col.dates'),
          t('responses:col.ledger'),
        ]}
      >
        {p.rows.map((r) => (
          <tr id={`response-${r.id}`} data-stage={r.stage}>
            {p.withNeed ? (
              <td>
                <a href={needHref(r.needId)}>{r.needStateName}</a>: {r.needDescription}
              </td>
            ) : null}
            <th scope="row">
              {r.partnerName}
              {r.offerTitle ? (
                <>
                  <br />
                  <span class="hint">{t('responses:offer', { title: r.offerTitle })}</span>
                </>
              ) : null}
            </th>
            <td>{t(`responses:stage.${r.stage}`)}</td>
            <td>{money(locale, r.amount, r.currency)}</td>
            <td>
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
            </td>
            <td>{r.ledgerEntryId ? t('responses:ledgerEntry', { id: r.ledgerEntryId }) : ''}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
