import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { anyWordOf, FilterForm, ListResults } from '../../../kernel/views/list-page.js';
import type { TableDefinition } from '../../../kernel/views/table.js';
import type { MeetingSummary } from '../queries.js';
import { type MeetingKind, meetingKinds } from '../vocabulary.js';
import { dateRange, Known } from './parts.js';

/**
 * The meetings, for the page and its CSV/XLSX alike: the page names each meeting and its dates in the
 * reader's language, the files give codes, ISO days and the reporting window.
 */
export function meetingTable(t: Translate, locale: Locale): TableDefinition<MeetingSummary> {
  return {
    columns: [
      { key: 'code', header: t('calendar:export.code'), value: (m) => m.code },
      {
        key: 'meeting',
        header: t('calendar:col.meeting'),
        rowHeader: true,
        cell: (m) => (
          <>
            <a href={`/meetings/${m.code}`}>{m.title}</a> <span class="hint">({m.code})</span>
          </>
        ),
      },
      { key: 'title', header: t('calendar:export.title'), value: (m) => m.title },
      { key: 'kind', header: t('calendar:col.kind'), value: (m) => t(`calendar:kind.${m.kind}`) },
      {
        key: 'dates',
        header: t('calendar:col.dates'),
        cell: (m) => dateRange(t, locale, m.startsOn, m.endsOn),
      },
      { key: 'startsOn', header: t('calendar:form.startsOn'), value: (m) => m.startsOn },
      { key: 'endsOn', header: t('calendar:form.endsOn'), value: (m) => m.endsOn },
      {
        key: 'venue',
        header: t('calendar:col.venue'),
        value: (m) => m.venue,
        cell: (m) => <Known t={t} value={m.venue} />,
      },
      {
        key: 'presidingStateCode',
        header: t('calendar:export.presidingStateCode'),
        value: (m) => m.presidingState?.iso3 ?? null,
      },
      {
        key: 'presidingState',
        header: t('calendar:col.presidingState'),
        value: (m) => m.presidingState?.name ?? null,
        cell: (m) => (m.presidingState ? m.presidingState.name : '—'),
      },
      { key: 'president', header: t('calendar:col.president'), value: (m) => m.president },
      {
        key: 'hosts',
        header: t('calendar:col.hosts'),
        value: (m) => m.hosts.map((h) => h.name).join('; ') || null,
      },
      {
        key: 'reportingFrom',
        header: t('calendar:form.reportingFrom'),
        value: (m) => m.reportingWindow?.from ?? null,
      },
      {
        key: 'reportingTo',
        header: t('calendar:form.reportingTo'),
        value: (m) => m.reportingWindow?.to ?? null,
      },
      {
        key: 'censusDate',
        header: t('calendar:form.censusDate'),
        value: (m) => m.reportingWindow?.censusDate ?? null,
      },
      {
        key: 'openActionItems',
        header: t('calendar:col.openActionItems'),
        value: (m) => m.openActionItems,
        numeric: true,
      },
    ],
    page: ['meeting', 'kind', 'dates', 'venue', 'presidingState', 'openActionItems'],
  };
}

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
          anyWordOf(
            t,
            'kind',
            t('calendar:col.kind'),
            t('calendar:list.anyKind'),
            meetingKinds,
            'calendar:kind.',
          ),
        ]}
        values={{ kind: p.kind }}
      />
      <ListResults
        t={t}
        downloads="/meetings"
        query={query}
        count={t('calendar:list.count', { count: p.rows.length })}
        definition={meetingTable(t, locale)}
        rows={p.rows}
        locale={locale}
        label={t('calendar:list.title')}
        empty={t('calendar:list.empty')}
      />
    </section>
  );
}
