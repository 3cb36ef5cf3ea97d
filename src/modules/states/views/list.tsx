import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { FieldSpec } from '../../../kernel/views/field-list.js';
import { anyOf, anyWordOf, FilterForm, ListResults } from '../../../kernel/views/list-page.js';
import type { TableDefinition } from '../../../kernel/views/table.js';
import { ccmStatuses } from '../inputs.js';
import type { StateFilters, StateView } from '../queries.js';
import { timeRemaining } from '../rules.js';
import { DeadlineText, urgencyBadge, urgencyOf } from './parts.js';

export const stateSorts = ['name', 'eif', 'deadline', 'status'] as const;

export interface StatesListProps {
  t: Translate;
  locale: Locale;
  today: string;
  rows: StateView[];
  filters: StateFilters;
  regions: string[];
  /** The current filters as a query string ("" or "?…"), kept by the download links. */
  query: string;
}

/** The registry's filters: status, region, words, order, and only the States with an open obligation. */
const filterFields = (t: Translate, regions: string[]): FieldSpec[] => [
  anyWordOf(t, 'status', t('states:list.status'), t('states:list.anyStatus'), ccmStatuses, 'states:status.'),
  anyOf(
    'region',
    t('states:list.region'),
    t('states:list.anyRegion'),
    regions.map((r) => ({ value: r, label: t(`states:region.${r}`, { defaultValue: r }) })),
  ),
  { kind: 'text', name: 'q', type: 'search', label: t('states:list.search'), maxLength: 100 },
  {
    kind: 'select',
    name: 'sort',
    label: t('states:list.sort'),
    initial: 'name',
    options: stateSorts.map((x) => ({ value: x, label: t(`states:list.sortBy.${x}`) })),
  },
  { kind: 'checkbox', name: 'open', value: '1', label: t('states:list.openOnly') },
];

/** The registry as one table, filtered by a plain GET form: no script, bookmarkable, shareable. */
export function StatesListPage(p: StatesListProps) {
  const { t, locale, filters: f } = p;
  return (
    <section>
      <h1>{t('states:list.title')}</h1>
      <p>{t('states:list.intro')}</p>
      <FilterForm
        t={t}
        action="/states"
        label={t('states:list.filters')}
        reset={t('states:list.reset')}
        fields={filterFields(t, p.regions)}
        values={{ status: f.status, region: f.region, q: f.q, sort: f.sort, open: f.open ? '1' : undefined }}
      />
      <ListResults
        t={t}
        downloads="/states"
        query={p.query}
        count={t('states:list.count', { count: p.rows.length })}
        definition={stateTable(t, locale, p.today)}
        rows={p.rows}
        locale={locale}
        caption={t('states:list.caption', { date: formatDate(locale, p.today) })}
        empty={t('states:list.empty')}
      />
    </section>
  );
}

/**
 * The registry's columns, for the page and its CSV/XLSX alike. Downloads keep dates ISO (YYYY-MM-DD,
 * or shorter when only the month or year is known): sortable and unambiguous.
 */
export function stateTable(t: Translate, locale: Locale, today: string): TableDefinition<StateView> {
  const urgency = (s: StateView) =>
    s.nextDeadline ? urgencyOf(timeRemaining(s.nextDeadline, today)) : undefined;
  return {
    columns: [
      { key: 'iso3', header: t('states:col.iso3'), value: (s) => s.iso3 },
      {
        key: 'name',
        header: t('states:col.name'),
        value: (s) => s.name,
        rowHeader: true,
        cell: (s) => <a href={`/states/${s.iso3}`}>{s.name}</a>,
      },
      {
        key: 'region',
        header: t('states:col.region'),
        value: (s) => t(`states:region.${s.unRegion}`, { defaultValue: s.unRegion }),
      },
      { key: 'status', header: t('states:col.status'), value: (s) => t(`states:status.${s.ccmStatus}`) },
      { key: 'signature', header: t('states:col.signature'), value: (s) => s.signatureDate },
      { key: 'instrumentDate', header: t('states:col.instrumentDate'), value: (s) => s.instrumentDate },
      {
        key: 'instrumentType',
        header: t('states:col.instrumentType'),
        value: (s) => (s.instrumentType ? t(`states:instrumentType.${s.instrumentType}`) : null),
      },
      {
        key: 'entryIntoForce',
        header: t('states:col.entryIntoForce'),
        value: (s) => s.entryIntoForce,
        cell: (s) => (s.entryIntoForce ? formatDate(locale, s.entryIntoForce) : '—'),
      },
      { key: 'initialReportDue', header: t('states:col.initialReportDue'), value: (s) => s.initialReportDue },
      {
        key: 'openObligations',
        header: t('states:col.openObligations'),
        value: (s) => s.openObligations,
        numeric: true,
      },
      {
        key: 'nextDeadline',
        header: t('states:col.nextDeadline'),
        date: 'partial',
        value: (s) => s.nextDeadline,
        cellClass: urgency,
        cell: (s) => {
          const u = urgency(s);
          return (
            <>
              <DeadlineText t={t} locale={locale} date={s.nextDeadline} />
              {u ? (
                <>
                  {' '}
                  <span class="badge">{t(urgencyBadge[u])}</span>
                </>
              ) : null}
            </>
          );
        },
      },
    ],
    page: ['name', 'iso3', 'region', 'status', 'entryIntoForce', 'openObligations', 'nextDeadline'],
  };
}
