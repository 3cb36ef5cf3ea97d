import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { DemoBadge, DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { SelectField } from '../../../../kernel/views/fields.js';
import { areas, needStatuses } from '../../shared/vocabulary.js';
import { CooperationNav } from '../../views/sub-nav.js';
import type { NeedView } from '../types.js';
import { areaLabel, day, EvidenceScore, needHref, StatusBadge } from './parts.js';

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
      <CooperationNav t={t} current="needs" />
      <h1>{t('needs:list.title')}</h1>
      <DemoNotice t={t} show={p.rows.some((n) => n.demonstration)} />
      <p>{t('needs:list.intro')}</p>
      {p.publicView ? <p class="hint">{t('needs:list.publicNote')}</p> : null}
      {p.mayAdd ? (
        <p>
          <a href="/cooperation/needs/new">{t('needs:list.add')}</a>
        </p>
      ) : null}
      <form method="get" action="/cooperation/needs" class="filters" aria-label={t('needs:list.filters')}>
        <SelectField
          name="state"
          label={t('needs:col.state')}
          value={f.state}
          emptyLabel={t('needs:list.anyState')}
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <SelectField
          name="area"
          label={t('needs:col.area')}
          value={f.area}
          emptyLabel={t('needs:list.anyArea')}
          options={areas.map((a) => ({ value: a, label: t(`needs:area.${a}`) }))}
        />
        <SelectField
          name="status"
          label={t('needs:col.status')}
          value={f.status}
          emptyLabel={t('needs:list.anyStatus')}
          options={needStatuses.map((s) => ({ value: s, label: t(`needs:status.${s}`) }))}
        />
        <button type="submit">{t('common:filter')}</button>
        <a href="/cooperation/needs">{t('needs:list.reset')}</a>
      </form>
      <p class="downloads">
        {t('common:download')}: <a href={`/cooperation/needs.csv${p.query}`}>{t('common:downloadCsv')}</a>{' '}
        <a href={`/cooperation/needs.xlsx${p.query}`}>{t('common:downloadXlsx')}</a>
      </p>
      <p role="status">{t('needs:list.count', { count: p.rows.length })}</p>
      {p.rows.length === 0 ? (
        <p>{t('needs:list.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('needs:list.caption', { date: day(locale, p.today) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('needs:col.state')}</th>
                <th scope="col">{t('needs:col.area')}</th>
                <th scope="col">{t('needs:col.description')}</th>
                <th scope="col">{t('needs:col.evidence')}</th>
                <th scope="col">{t('needs:col.status')}</th>
                <th scope="col">{t('needs:col.lastConfirmed')}</th>
                <th scope="col">{t('needs:col.lapsesOn')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((n) => (
                <tr data-need={n.id}>
                  <th scope="row">
                    <a href={`/states/${n.stateIso3}`}>{n.stateName}</a>
                  </th>
                  <td>{areaLabel(t, n)}</td>
                  <td>
                    <a href={needHref(n.id)}>{n.description}</a> <DemoBadge t={t} show={n.demonstration} />
                  </td>
                  <td>
                    <EvidenceScore t={t} evidence={n.evidence} />
                  </td>
                  <td>
                    <StatusBadge t={t} status={n.status} />
                  </td>
                  <td>{day(locale, n.lastConfirmedOn)}</td>
                  <td>{day(locale, n.lapsesOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
