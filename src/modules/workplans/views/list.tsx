import { formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { Downloads } from '../../../kernel/views/list-page.js';
import { TableScroll } from '../../../kernel/views/table.js';
import type { WorkPlanSummary } from '../queries.js';
import { activityStatuses } from '../vocabulary.js';
import { cycleText } from './parts.js';

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
      {p.canWrite ? (
        <p>
          <a href="/work-plans/new" class="button secondary">
            {t('workplans:list.add')}
          </a>
        </p>
      ) : null}
      <Downloads t={t} path="/work-plans/activities">
        {' '}
        <span class="hint">{t('workplans:list.downloadsHint')}</span>
      </Downloads>
      <p role="status">{t('workplans:list.count', { count: p.rows.length })}</p>
      {p.rows.length === 0 ? (
        <p>{t('workplans:list.empty')}</p>
      ) : (
        <TableScroll label={t('workplans:list.caption')}>
          <table>
            <caption>{t('workplans:list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workplans:col.plan')}</th>
                <th scope="col">{t('workplans:col.area')}</th>
                <th scope="col">{t('workplans:col.cycle')}</th>
                <th scope="col" class="num">
                  {t('workplans:col.activities')}
                </th>
                <th scope="col">{t('workplans:col.byStatus')}</th>
                <th scope="col">{t('workplans:col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((w) => (
                <tr>
                  <th scope="row">
                    <a href={`/work-plans/${w.id}`}>{w.title}</a>
                  </th>
                  <td>{t(`workplans:area.${w.area}`)}</td>
                  <td>{cycleText(t, w)}</td>
                  <td class="num">{formatNumber(locale, w.activities)}</td>
                  <td>
                    {activityStatuses
                      .filter((s) => w.byStatus[s] > 0)
                      .map((s) => `${t(`workplans:status.${s}`)}: ${formatNumber(locale, w.byStatus[s])}`)
                      .join('; ') || '—'}
                  </td>
                  <td>{w.source ?? t('workplans:enteredByPerson')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
