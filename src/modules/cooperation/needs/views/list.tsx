import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { stateOptions } from '../../../../kernel/views/choices.js';
import { DemoBadge, DemoNotice, demonstrationColumn } from '../../../../kernel/views/demo-notice.js';
import { anyOf, anyWordOf, FilterForm, ListResults } from '../../../../kernel/views/list-page.js';
import { dayColumn, type TableDefinition } from '../../../../kernel/views/table.js';
import { areas, needStatuses } from '../../shared/vocabulary.js';
import type { NeedView } from '../types.js';
import { areaLabel, day, EvidenceScore, needHref, StatusBadge, sourceHref } from './parts.js';

export interface NeedsListFilters {
  state?: string;
  area?: string;
  status?: string;
}

export interface NeedsListProps {
  t: Translate;
  locale: Locale;
  today: string;
  rows: NeedView[];
  filters: NeedsListFilters;
  states: Array<{ iso3: string; name: string }>;
  /** The filters as a query string ("" or "?…"), kept by the download links. */
  query: string;
  /** Signed out: only needs their States agreed to publish, and no lapsed or withdrawn one. */
  publicView: boolean;
  mayAdd: boolean;
}

/** Every need as one table, filtered by a plain GET form: no script, bookmarkable. */
export function NeedsListPage(p: NeedsListProps) {
  const { t, locale, filters: f } = p;
  return (
    <section>
      <h1>{t('needs:list.title')}</h1>
      <DemoNotice t={t} show={p.rows.some((n) => n.demonstration)} />
      <p>{t('needs:list.intro')}</p>
      {p.publicView ? <p class="hint">{t('needs:list.publicNote')}</p> : null}
      {p.mayAdd ? (
        <p>
          <a href="/cooperation/needs/new">{t('needs:list.add')}</a>
        </p>
      ) : null}
      <FilterForm
        t={t}
        action="/cooperation/needs"
        label={t('needs:list.filters')}
        reset={t('needs:list.reset')}
        fields={[
          anyOf('state', t('needs:col.state'), t('needs:list.anyState'), stateOptions(p.states)),
          anyWordOf(t, 'area', t('needs:col.area'), t('needs:list.anyArea'), areas, 'needs:area.'),
          anyWordOf(
            t,
            'status',
            t('needs:col.status'),
            t('needs:list.anyStatus'),
            needStatuses,
            'needs:status.',
          ),
        ]}
        values={{ state: f.state, area: f.area, status: f.status }}
      />
      <ListResults
        t={t}
        downloads="/cooperation/needs"
        query={p.query}
        count={t('needs:list.count', { count: p.rows.length })}
        definition={needTable(t, locale)}
        rows={p.rows}
        locale={locale}
        caption={t('needs:list.caption', { date: day(locale, p.today) })}
        empty={t('needs:list.empty')}
        rowAttributes={(n) => ({ 'data-need': String(n.id) })}
      />
    </section>
  );
}

/** Every column of the need: the page shows a few, the download all, as typed (amounts as numbers, days ISO). */
export function needTable(t: Translate, locale: Locale): TableDefinition<NeedView> {
  return {
    columns: [
      { key: 'id', header: t('needs:col.id'), value: (n) => n.id },
      { key: 'iso3', header: t('needs:col.iso3'), value: (n) => n.stateIso3 },
      {
        key: 'state',
        header: t('needs:col.state'),
        value: (n) => n.stateName,
        rowHeader: true,
        cell: (n) => <a href={`/states/${n.stateIso3}`}>{n.stateName}</a>,
      },
      {
        key: 'area',
        header: t('needs:col.area'),
        value: (n) => t(`needs:area.${n.area}`),
        cell: (n) => areaLabel(t, n),
      },
      { key: 'type', header: t('needs:col.type'), value: (n) => (n.type ? t(`needs:type.${n.type}`) : null) },
      {
        key: 'description',
        header: t('needs:col.description'),
        value: (n) => n.description,
        cell: (n) => (
          <>
            <a href={needHref(n.id)}>{n.description}</a> <DemoBadge t={t} show={n.demonstration} />
          </>
        ),
      },
      {
        key: 'activitiesTimeframe',
        header: t('needs:col.activitiesTimeframe'),
        value: (n) => n.activitiesTimeframe,
      },
      {
        key: 'estimatedCost',
        header: t('needs:col.estimatedCost'),
        // An amount not given is unknown, never 0 (decision 033): the word, on the page and in the files.
        value: (n) => n.estimatedCost ?? t('common:unknown'),
        numeric: true,
      },
      { key: 'currency', header: t('needs:col.currency'), value: (n) => n.currency },
      {
        key: 'nationalContribution',
        header: t('needs:col.nationalContribution'),
        value: (n) => n.nationalContribution ?? t('common:unknown'),
        numeric: true,
      },
      { key: 'planReference', header: t('needs:col.planReference'), value: (n) => n.planReference },
      {
        key: 'evidence',
        header: t('needs:col.evidence'),
        value: (n) => n.evidence.score,
        cell: (n) => <EvidenceScore t={t} evidence={n.evidence} />,
      },
      {
        key: 'evidenceMissing',
        header: t('needs:col.evidenceMissing'),
        value: (n) => n.evidence.missing.map((c) => t(`needs:evidence.criterion.${c}`)).join('; '),
      },
      {
        key: 'status',
        header: t('needs:col.status'),
        value: (n) => t(`needs:status.${n.status}`),
        cell: (n) => <StatusBadge t={t} status={n.status} />,
      },
      dayColumn('lastConfirmed', t('needs:col.lastConfirmed'), locale, (n) => n.lastConfirmedOn),
      dayColumn('lapsesOn', t('needs:col.lapsesOn'), locale, (n) => n.lapsesOn),
      {
        key: 'public',
        header: t('needs:col.public'),
        value: (n) => t(n.isPublic ? 'common:yes' : 'common:no'),
      },
      { key: 'origin', header: t('needs:col.origin'), value: (n) => t(`needs:origin.${n.origin}`) },
      {
        key: 'source',
        header: t('needs:col.source'),
        value: (n) => (n.source ? sourceHref(n.source) : null),
      },
      demonstrationColumn<NeedView>(t, (n) => n.demonstration),
    ],
    page: ['state', 'area', 'description', 'evidence', 'status', 'lastConfirmed', 'lapsesOn'],
  };
}
