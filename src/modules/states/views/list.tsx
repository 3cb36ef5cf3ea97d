import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { SelectField, TextField } from '../../../kernel/views/fields.js';
import { ccmStatuses } from '../inputs.js';
import type { StateFilters, StateView } from '../queries.js';
import { type TimeRemaining, timeRemaining } from '../rules.js';
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

/** The registry as one table, filtered by a plain GET form: no script, bookmarkable, shareable. */
export function StatesListPage(p: StatesListProps) {
  const { t, locale, filters: f } = p;
  return (
    <section>
      <h1>{t('states:list.title')}</h1>
      <p>{t('states:list.intro')}</p>
      <form method="get" action="/states" class="filters" aria-label={t('states:list.filters')}>
        <SelectField
          name="status"
          label={t('states:list.status')}
          value={f.status}
          emptyLabel={t('states:list.anyStatus')}
          options={ccmStatuses.map((s) => ({ value: s, label: t(`states:status.${s}`) }))}
        />
        <SelectField
          name="region"
          label={t('states:list.region')}
          value={f.region}
          emptyLabel={t('states:list.anyRegion')}
          options={p.regions.map((r) => ({ value: r, label: t(`states:region.${r}`, { defaultValue: r }) }))}
        />
        <TextField name="q" type="search" label={t('states:list.search')} value={f.q} maxLength={100} />
        <SelectField
          name="sort"
          label={t('states:list.sort')}
          value={f.sort ?? 'name'}
          options={stateSorts.map((s) => ({ value: s, label: t(`states:list.sortBy.${s}`) }))}
        />
        <div class="field">
          <label>
            <input type="checkbox" name="open" value="1" checked={f.open === true} />{' '}
            {t('states:list.openOnly')}
          </label>
        </div>
        <button type="submit">{t('common:filter')}</button>
        <a href="/states">{t('states:list.reset')}</a>
      </form>
      <p class="downloads">
        {t('common:download')}: <a href={`/states.csv${p.query}`}>{t('common:downloadCsv')}</a>
        <a href={`/states.xlsx${p.query}`}>{t('common:downloadXlsx')}</a>
      </p>
      <p role="status">{t('states:list.count', { count: p.rows.length })}</p>
      {p.rows.length === 0 ? (
        <p>{t('states:list.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('states:list.caption', { date: formatDate(locale, p.today) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('states:col.name')}</th>
                <th scope="col">{t('states:col.iso3')}</th>
                <th scope="col">{t('states:col.region')}</th>
                <th scope="col">{t('states:col.status')}</th>
                <th scope="col">{t('states:col.entryIntoForce')}</th>
                <th scope="col" class="num">
                  {t('states:col.openObligations')}
                </th>
                <th scope="col">{t('states:col.nextDeadline')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((s) => (
                <StateRow t={t} locale={locale} s={s} remaining={timeRemaining(s.nextDeadline, p.today)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function StateRow(p: { t: Translate; locale: Locale; s: StateView; remaining: TimeRemaining }) {
  const { t, locale, s } = p;
  const urgency = s.nextDeadline ? urgencyOf(p.remaining) : undefined;
  return (
    <tr>
      <th scope="row">
        <a href={`/states/${s.iso3}`}>{s.name}</a>
      </th>
      <td>{s.iso3}</td>
      <td>{t(`states:region.${s.unRegion}`, { defaultValue: s.unRegion })}</td>
      <td>{t(`states:status.${s.ccmStatus}`)}</td>
      <td>{s.entryIntoForce ? formatDate(locale, s.entryIntoForce) : '—'}</td>
      <td class="num">{formatNumber(locale, s.openObligations)}</td>
      <td class={urgency}>
        <DeadlineText t={t} locale={locale} date={s.nextDeadline} />
        {urgency ? (
          <>
            {' '}
            <span class="badge">{t(urgencyBadge[urgency])}</span>
          </>
        ) : null}
      </td>
    </tr>
  );
}
