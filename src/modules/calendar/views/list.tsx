import { formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { vocabularyOptions } from '../../../kernel/views/choices.js';
import { anyOf, Downloads, FilterForm } from '../../../kernel/views/list-page.js';
import { TableScroll } from '../../../kernel/views/table.js';
import type { MeetingSummary } from '../queries.js';
import { type MeetingKind, meetingKinds } from '../vocabulary.js';
import { dateRange, Known } from './parts.js';

export function MeetingsListPage(p: {
  t: Translate;
  locale: Locale;
  rows: MeetingSummary[];
  kind: MeetingKind | undefined;
  canWrite: boolean;
}) {
  const { t, locale } = p;
  const query = p.kind ? `?kind=${p.kind}` : '';
  return (
    <section>
      <h1>{t('calendar:list.title')}</h1>
      <p>{t('calendar:list.intro')}</p>
      <p>
        <a href="/meetings/action-items">{t('calendar:list.openActionItems')}</a>{' '}
        <a href="/meetings/office-holders">{t('calendar:list.officeHolders')}</a>
        {p.canWrite ? (
          <>
            {' '}
            <a href="/meetings/new" class="button secondary">
              {t('calendar:list.add')}
            </a>
          </>
        ) : null}
      </p>
      <FilterForm
        t={t}
        action="/meetings"
        label={t('calendar:list.filters')}
        reset={t('calendar:list.reset')}
        fields={[
          anyOf(
            'kind',
            t('calendar:col.kind'),
            t('calendar:list.anyKind'),
            vocabularyOptions(t, meetingKinds, 'calendar:kind.'),
          ),
        ]}
        values={{ kind: p.kind }}
      />
      <Downloads t={t} path="/meetings" query={query} />
      <p role="status">{t('calendar:list.count', { count: p.rows.length })}</p>
      {p.rows.length === 0 ? (
        <p>{t('calendar:list.empty')}</p>
      ) : (
        <TableScroll label={t('calendar:list.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('calendar:col.meeting')}</th>
                <th scope="col">{t('calendar:col.kind')}</th>
                <th scope="col">{t('calendar:col.dates')}</th>
                <th scope="col">{t('calendar:col.venue')}</th>
                <th scope="col">{t('calendar:col.presidingState')}</th>
                <th scope="col" class="num">
                  {t('calendar:col.openActionItems')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/meetings/${m.code}`}>{m.title}</a> <span class="hint">({m.code})</span>
                  </th>
                  <td>{t(`calendar:kind.${m.kind}`)}</td>
                  <td>{dateRange(t, locale, m.startsOn, m.endsOn)}</td>
                  <td>
                    <Known t={t} value={m.venue} />
                  </td>
                  <td>{m.presidingState ? m.presidingState.name : '—'}</td>
                  <td class="num">{formatNumber(locale, m.openActionItems)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
