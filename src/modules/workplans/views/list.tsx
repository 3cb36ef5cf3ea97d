import { formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { ButtonLink } from '../../../kernel/views/form-page.js';
import { ListResults } from '../../../kernel/views/list-page.js';
import type { TableDefinition } from '../../../kernel/views/table.js';
import type { WorkPlanSummary } from '../queries.js';
import { activityStatuses } from '../vocabulary.js';
import { cycleText } from './parts.js';

/** The work plans as the list shows them: a page-only table (the downloads are of their activities). */
function workPlanTable(t: Translate, locale: Locale): TableDefinition<WorkPlanSummary> {
  return {
    columns: [
      {
        key: 'plan',
        header: t('workplans:col.plan'),
        rowHeader: true,
        cell: (w) => <a href={`/work-plans/${w.id}`}>{w.title}</a>,
      },
      { key: 'area', header: t('workplans:col.area'), value: (w) => t(`workplans:area.${w.area}`) },
      { key: 'cycle', header: t('workplans:col.cycle'), value: (w) => cycleText(t, w) },
      { key: 'activities', header: t('workplans:col.activities'), value: (w) => w.activities, numeric: true },
      {
        key: 'byStatus',
        header: t('workplans:col.byStatus'),
        value: (w) =>
          activityStatuses
            .filter((s) => w.byStatus[s] > 0)
            .map((s) => `${t(`workplans:status.${s}`)}: ${formatNumber(locale, w.byStatus[s])}`)
            .join('; ') || '—',
      },
      {
        key: 'source',
        header: t('workplans:col.source'),
        value: (w) => w.source ?? t('workplans:enteredByPerson'),
      },
    ],
  };
}

export function WorkPlansListPage(p: {
  t: Translate;
  locale: Locale;
  rows: WorkPlanSummary[];
  canWrite: boolean;
}) {
  const { t, locale } = p;
  return (
    <section>
      <h1>{t('workplans:list.title')}</h1>
      <p>{t('workplans:list.intro')}</p>
      <ButtonLink show={p.canWrite} href="/work-plans/new" label={t('workplans:list.add')} />
      <ListResults
        t={t}
        downloads="/work-plans/activities"
        count={t('workplans:list.count', { count: p.rows.length })}
        definition={workPlanTable(t, locale)}
        rows={p.rows}
        locale={locale}
        caption={t('workplans:list.caption')}
        empty={t('workplans:list.empty')}
      >
        {' '}
        <span class="hint">{t('workplans:list.downloadsHint')}</span>
      </ListResults>
    </section>
  );
}
