import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { formatNumber } from '../../../../kernel/i18n/index.js';
import { ColumnHeads } from '../../../../kernel/views/column-heads.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { TableScroll } from '../../../../kernel/views/table.js';
import type { ConsistencyIssue } from '../checks.js';
import { describeIssue, type PublishedComparison } from '../compare.js';
import { FigureText, PublishedText, ReasonText } from './parts.js';

function Issues(p: { t: Translate; issues: ConsistencyIssue[]; empty: string }) {
  if (p.issues.length === 0) return <p>{p.empty}</p>;
  return (
    <ul class="consistency">
      {p.issues.map((i) => {
        const d = describeIssue(i);
        return <li data-issue={i.kind}>{p.t(d.note, d.params)}</li>;
      })}
    </ul>
  );
}

/** The published report held against the data: one row per indicator, and the consistency checks. */
export function PublishedComparisonPage(p: {
  t: Translate;
  locale: Locale;
  comparison: PublishedComparison;
  canJudge: boolean;
}) {
  const { t, locale, comparison: c } = p;
  const count = (s: string) => c.rows.filter((r) => r.status === s).length;
  return (
    <section>
      <h1>{t('progressJudgement:published.title', { meeting: c.meeting })}</h1>
      <p>{t('progressJudgement:published.intro', { document: c.document })}</p>
      <DemoNotice
        t={t}
        show={c.includesDemonstrationData}
        detail={t('progressJudgement:published.demoDetail')}
      />
      <p>
        {t('progressJudgement:published.counts', {
          total: c.rows.length,
          agrees: count('agrees'),
          differs: count('differs'),
          notPrinted: count('notPrinted'),
        })}
      </p>
      <TableScroll label={t('progressJudgement:published.caption', { meeting: c.meeting })}>
        <table class="comparison">
          <caption>{t('progressJudgement:published.caption', { meeting: c.meeting })}</caption>
          <ColumnHeads
            t={t}
            keys={[
              'progressJudgement:col.indicator',
              'progressJudgement:col.published',
              'progressJudgement:col.computed',
              'progressJudgement:col.agreed',
              'progressJudgement:col.difference',
              'progressJudgement:col.why',
            ]}
          />
          <tbody>
            {c.rows.map((r) => (
              <tr id={r.id} data-status={r.status}>
                <th scope="row">
                  {p.canJudge ? <a href={`/progress/${c.meeting}/${r.id}/assess`}>{r.id}</a> : r.id}
                  <br />
                  <small>
                    {t('progressJudgement:where.table', { section: r.section, action: r.action })}
                    {r.published.where.summary ? `; ${t('progressJudgement:where.summary')}` : ''}
                    {r.published.where.paragraphs.length
                      ? `; ${r.published.where.paragraphs.map((n) => `§${n}`).join(', ')}`
                      : ''}
                  </small>
                </th>
                <td>
                  <PublishedText t={t} locale={locale} row={r} />
                </td>
                <td>
                  <FigureText t={t} locale={locale} figure={r.computed} />
                </td>
                <td>
                  {r.agreed ? (
                    <>
                      <FigureText t={t} locale={locale} figure={r.agreed} />
                      <br />
                      <small>
                        {t('progressJudgement:agreed.reason', { reason: r.agreed.reason, by: r.agreed.by })}
                      </small>
                    </>
                  ) : r.assessed ? (
                    <>
                      <FigureText t={t} locale={locale} figure={r.assessed} />
                      <br />
                      <small>{t('progressJudgement:agreed.fromAssessments')}</small>
                    </>
                  ) : (
                    <span class="muted">{t('progressJudgement:agreed.none')}</span>
                  )}
                </td>
                <td>
                  {r.status === 'agrees'
                    ? t('progressJudgement:status.agrees')
                    : r.status === 'notPrinted'
                      ? '—'
                      : r.difference === null
                        ? t('progressJudgement:status.unknownHere')
                        : r.difference > 0
                          ? `+${formatNumber(locale, r.difference)}`
                          : formatNumber(locale, r.difference)}
                </td>
                <td>
                  {r.reasons.length ? (
                    <ul>
                      {r.reasons.map((reason) => (
                        <ReasonText t={t} reason={reason} />
                      ))}
                    </ul>
                  ) : r.status === 'differs' ? (
                    <strong>{t('progressJudgement:status.unexplained')}</strong>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t('progressJudgement:checks.publishedTitle')}</h2>
      <Issues t={t} issues={c.checks.published} empty={t('progressJudgement:checks.none')} />
      <h2>{t('progressJudgement:checks.shownTitle')}</h2>
      <Issues t={t} issues={c.checks.shown} empty={t('progressJudgement:checks.none')} />
    </section>
  );
}
