import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { stateOptions } from '../../../kernel/views/choices.js';
import { ButtonLink } from '../../../kernel/views/form-page.js';
import { anyOf, anyWordOf, FilterForm, ListResults } from '../../../kernel/views/list-page.js';
import type { PracticeFilter, PracticeView } from '../queries.js';
import { LAP_ACTIONS, practiceAreas } from '../vocabulary.js';
import { practiceTable } from './table.js';

/** The query string of a filter, for the download links: the files hold what the page shows. */
export function filterQuery(f: PracticeFilter): string {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.area) q.set('area', f.area);
  if (f.state) q.set('state', f.state);
  if (f.action !== undefined) q.set('action', String(f.action));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function PracticesListPage(p: {
  t: Translate;
  locale: Locale;
  rows: PracticeView[];
  filter: PracticeFilter;
  stateNames: Array<{ iso3: string; name: string }>;
  canCreate: boolean;
}) {
  const { t, locale, filter } = p;
  const query = filterQuery(filter);
  return (
    <section>
      <h1>{t('practices:list.title')}</h1>
      <p>{t('practices:list.intro')}</p>
      <ButtonLink show={p.canCreate} href="/good-practices/new" label={t('practices:list.add')} />
      <FilterForm
        t={t}
        action="/good-practices"
        label={t('practices:list.filters')}
        reset={t('practices:list.reset')}
        fields={[
          { kind: 'text', name: 'q', type: 'search', label: t('practices:list.words'), maxLength: 200 },
          anyWordOf(
            t,
            'area',
            t('practices:col.area'),
            t('practices:list.anyArea'),
            practiceAreas,
            'practices:area.',
          ),
          anyOf('state', t('practices:list.state'), t('practices:list.anyState'), stateOptions(p.stateNames)),
          anyOf(
            'action',
            t('practices:col.action'),
            t('practices:list.anyAction'),
            Array.from({ length: LAP_ACTIONS }, (_, i) => ({
              value: String(i + 1),
              label: t('practices:actionNumber', { n: i + 1 }),
            })),
          ),
        ]}
        values={{
          q: filter.q,
          area: filter.area,
          state: filter.state,
          action: filter.action === undefined ? undefined : String(filter.action),
        }}
      />
      <ListResults
        t={t}
        downloads="/good-practices"
        query={query}
        count={t('practices:list.count', { count: p.rows.length })}
        definition={practiceTable(t, locale)}
        rows={p.rows}
        locale={locale}
        caption={t('practices:list.caption')}
        empty={t('practices:list.empty')}
      />
    </section>
  );
}
