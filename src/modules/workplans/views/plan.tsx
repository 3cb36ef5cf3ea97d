import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { Facts } from '../../../kernel/views/facts.js';
import { Downloads } from '../../../kernel/views/list-page.js';
import { TableScroll } from '../../../kernel/views/table.js';
import { quarterSpan, quartersText } from '../quarters.js';
import type { ActivityView, WorkPlanView } from '../queries.js';
import { budgetText, cycleText, Known, SourcedList } from './parts.js';

const activityName = (a: ActivityView) => (a.label ? `${a.label} ${a.title}` : a.title);

/** The timeline's row header: the activity's opening words, so the quarters stay in view; the link leads to the whole text. */
function shortName(a: ActivityView): string {
  const name = activityName(a);
  if (name.length <= 90) return name;
  const cut = name.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}

/** Activities × quarters: a mark in words where the activity runs, and its timing when quarters are not known. */
function Timeline(p: { t: Translate; plan: WorkPlanView }) {
  const { t, plan } = p;
  const quarters = quarterSpan(plan.activities.flatMap((a) => a.quarters));
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('workplans:timeline.title')}</h2>
      <p>{t('workplans:timeline.intro')}</p>
      <TableScroll label={t('workplans:timeline.caption', { title: plan.title })}>
        <table class="timeline">
          <caption>{t('workplans:timeline.caption', { title: plan.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workplans:col.activity')}</th>
              {quarters.map((q) => (
                // A non-breaking hyphen keeps "2022-Q4" on one line in a narrow column.
                <th scope="col">{q.replace('-', '\u2011')}</th>
              ))}
              <th scope="col">{t('workplans:col.timing')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.activities.map((a) => (
              <tr>
                <th scope="row">
                  <a href={`#activity-${a.id}`}>{shortName(a)}</a>
                </th>
                {quarters.map((q) =>
                  a.quarters.includes(q) ? (
                    <td class="mark">
                      <span aria-hidden="true">■ </span>
                      {t('workplans:timeline.runs')}
                    </td>
                  ) : (
                    <td>
                      <span aria-hidden="true">·</span>
                    </td>
                  ),
                )}
                <td>
                  {a.timing ?? (a.quarters.length ? quartersText(a.quarters) : <Known t={t} value={null} />)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Activity(p: { t: Translate; locale: Locale; a: ActivityView; planId: number; canWrite: boolean }) {
  const { t, a } = p;
  return (
    <article id={`activity-${a.id}`} class="activity">
      <h3>{activityName(a)}</h3>
      {a.description ? <p>{a.description}</p> : null}
      <Facts
        facts={[
          [
            t('workplans:col.status'),
            <>
              <span class="badge">{t(`workplans:status.${a.status}`)}</span>
              {a.statusNote ? <span class="hint"> {a.statusNote}</span> : null}
            </>,
          ],
          [
            t('workplans:col.quarters'),
            <>
              <Known t={t} value={a.quarters.length ? quartersText(a.quarters) : null} />
              {a.timing ? <span class="hint"> ({a.timing})</span> : null}
            </>,
          ],
          [t('workplans:col.implementers'), <Known t={t} value={a.implementers} />],
          [
            t('workplans:col.meetings'),
            a.meetings.length
              ? a.meetings.map((m, i) => (
                  <>
                    {i ? '; ' : ''}
                    <a href={`/meetings/${m.code}`}>{m.title}</a>
                    {m.startsOn ? ` (${formatDate(p.locale, m.startsOn)})` : ''}
                  </>
                ))
              : t('workplans:none'),
          ],
          [
            t('workplans:col.documents'),
            a.documents.length
              ? a.documents.map((d, i) => (
                  <>
                    {i ? '; ' : ''}
                    {d.symbol ? `${d.symbol} ` : ''}
                    {d.href ? <a href={d.href}>{d.title}</a> : d.title}
                  </>
                ))
              : t('workplans:none'),
          ],
          [
            t('workplans:col.actionItems'),
            a.actionItems.length ? (
              <ul>
                {a.actionItems.map((i) => (
                  <li>
                    <a href={`/meetings/${i.meetingCode}#action-items`}>{i.what}</a>{' '}
                    <span class="hint">
                      ({i.meetingCode}, {t(`calendar:status.${i.status}`)})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              t('workplans:none')
            ),
          ],
          [t('workplans:col.source'), a.source ?? t('workplans:enteredByPerson')],
        ]}
      />
      {p.canWrite ? (
        <p>
          <a href={`/work-plans/${p.planId}/activities/${a.id}/edit`}>
            {t('workplans:activity.edit', { title: shortName(a) })}
          </a>
        </p>
      ) : null}
    </article>
  );
}

export function WorkPlanPage(p: { t: Translate; locale: Locale; plan: WorkPlanView; canWrite: boolean }) {
  const { t, locale, plan } = p;
  const base = `/work-plans/${plan.id}`;
  return (
    <section>
      <p>
        <a href="/work-plans">{t('workplans:list.title')}</a>
      </p>
      <h1>{plan.title}</h1>
      <Facts
        facts={[
          [t('workplans:col.area'), t(`workplans:area.${plan.area}`)],
          [t('workplans:col.cycle'), cycleText(t, plan)],
          [t('workplans:col.source'), plan.source ?? t('workplans:enteredByPerson')],
        ]}
      />
      {p.canWrite ? (
        <p>
          <a href={`${base}/edit`} class="button secondary">
            {t('workplans:plan.edit')}
          </a>{' '}
          <a href={`${base}/activities/new`} class="button secondary">
            {t('workplans:activity.add')}
          </a>
        </p>
      ) : null}
      <Downloads t={t} path={`${base}/activities`}>
        <a href={`${base}/report.docx`}>{t('workplans:report.download')}</a>
      </Downloads>
      <h2>{t('workplans:plan.background')}</h2>
      {plan.background ? (
        plan.background.split(/\n{2,}/).map((para) => <p>{para}</p>)
      ) : (
        <p>
          <Known t={t} value={null} />
        </p>
      )}
      <h2>{t('workplans:plan.objectives')}</h2>
      <SourcedList t={t} lines={plan.objectives} />
      <h2>{t('workplans:plan.expectedOutputs')}</h2>
      <SourcedList t={t} lines={plan.expectedOutputs} />
      <h2>{t('workplans:plan.budget')}</h2>
      <p>{budgetText(t, locale, plan.budget)}</p>
      <h2>{t('workplans:plan.implementers')}</h2>
      <SourcedList t={t} lines={plan.implementers} />
      <h2>{t('workplans:plan.partners')}</h2>
      <SourcedList t={t} lines={plan.partners} />
      <Timeline t={t} plan={plan} />
      <h2>{t('workplans:plan.activities', { count: plan.activities.length })}</h2>
      {plan.activities.length ? (
        plan.activities.map((a) => (
          <Activity t={t} locale={locale} a={a} planId={plan.id} canWrite={p.canWrite} />
        ))
      ) : (
        <p>{t('workplans:plan.noActivities')}</p>
      )}
    </section>
  );
}
