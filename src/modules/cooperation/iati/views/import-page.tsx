import { isoDay } from '../../../../kernel/clock.js';
import type { Translate } from '../../../../kernel/i18n/index.js';
import { stateName } from '../../../../kernel/i18n/state-names.js';
import { Table } from '../../views/table.js';
import type { ImportEntry, ImportRow } from '../queries.js';
import { flowHeads, percent } from './preview-page.js';

export interface ImportPageProps {
  t: Translate;
  locale: string;
  item: ImportRow;
  entries: Array<ImportEntry & { mayReview: boolean }>;
}

export function ImportPage({ t, locale, item, entries }: ImportPageProps) {
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  return (
    <section>
      <h1>{t('iati:import.title', { file: item.fileName })}</h1>
      <p>
        {t('iati:import.summary', {
          date: isoDay(item.createdAt),
          version: item.iatiVersion ?? '',
          sectors: item.sectors.join(', '),
          read: item.activitiesRead,
          kept: item.activitiesKept,
          added: item.entriesAdded,
          known: item.entriesAlreadyKnown,
          paired: item.entriesReportedByOtherSide,
        })}
      </p>
      <p>
        <a href="/cooperation/iati">{t('iati:import.back')}</a>
      </p>
      {entries.length === 0 ? (
        <p>{t('iati:import.noEntries')}</p>
      ) : (
        <Table
          caption={t('iati:import.caption', { count: entries.length })}
          heads={[
            t('iati:entry.activity'),
            ...flowHeads(t),
            t('iati:entry.area'),
            t('iati:entry.status'),
            t('iati:entry.amount'),
            t('iati:entry.review'),
          ]}
        >
          {entries.map((e) => (
            <tr>
              <th scope="row">{e.iatiActivityId}</th>
              <td>
                {e.providerIso3 ? (
                  <a href={`/states/${e.providerIso3}`}>
                    {stateName(locale, e.providerIso3, e.providerName)}
                  </a>
                ) : (
                  e.providerName
                )}
              </td>
              <td>{e.channel ?? ''}</td>
              <td>
                <a href={`/states/${e.recipientIso3}`}>
                  {stateName(locale, e.recipientIso3, e.recipientName)}
                </a>
              </td>
              <td>{e.year}</td>
              <td>{e.sector === null ? '' : e.sector || '—'}</td>
              <td>{percent(locale, e.share)}</td>
              <td>{t(`cooperation:areaShort.${e.area}`)}</td>
              <td>{t(`iati:status.${e.status}`)}</td>
              <td>
                {e.amount === null ? '' : money.format(e.amount)} {e.currency ?? ''}
              </td>
              <td>
                {t(`iati:review.${e.review}`)}
                {e.mayReview && e.review === 'proposed' ? (
                  <form
                    method="post"
                    action={`/cooperation/iati/entries/${e.id}/review#errors`}
                    class="inline"
                  >
                    <button type="submit" name="decision" value="confirm">
                      {t('iati:review.confirm')}
                    </button>{' '}
                    <button type="submit" name="decision" value="reject" class="secondary">
                      {t('iati:review.reject')}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
