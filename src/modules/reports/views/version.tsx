import { formatDate } from '../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../kernel/views/demo-notice.js';
import type { ReportRow, ReportVersionRow } from '../queries.js';
import { FormAnswers, type Labels, versionName } from './values.js';

/** One version, read-only: every form of the template in order, with its status. */
export function VersionPage(p: {
  labels: Labels;
  report: ReportRow;
  stateName: string;
  version: ReportVersionRow;
}) {
  const { labels, report, version: v } = p;
  const { t, locale } = labels;
  const href = `/reports/${report.id}/versions/${v.number}`;
  return (
    <article>
      <p>
        <a href={`/reports/${report.id}`}>
          {t('reports:edit.back', { state: p.stateName, year: report.year })}
        </a>
      </p>
      <h1>{t('reports:overview.title', { state: p.stateName, year: report.year })}</h1>
      <DemoNotice t={t} show={report.demonstration} detail={t('reports:demo.detail')} />
      <p>
        <strong>{versionName(t, v)}</strong>
        {' · '}
        {t(`reports:kind.${report.kind}`)}
      </p>
      <dl class="facts">
        <dt>{t('reports:col.submittedAt')}</dt>
        <dd>{v.submittedAt ? formatDate(locale, v.submittedAt) : t('reports:view.notSubmitted')}</dd>
        {v.channel ? (
          <>
            <dt>{t('reports:col.channel')}</dt>
            <dd>{t(`reports:channel.${v.channel}`)}</dd>
            <dt>{t('reports:col.receivedOn')}</dt>
            <dd>
              {report.demonstration
                ? t('reports:demo.receivedUnknown')
                : v.receivedOn
                  ? formatDate(locale, v.receivedOn)
                  : '—'}
            </dd>
          </>
        ) : null}
        <dt>{t('reports:view.template')}</dt>
        <dd>{labels.reference()}</dd>
      </dl>
      <p class="downloads">
        <a href={`${href}.docx`}>{t('reports:download.docxLong')}</a>
        <a href={`${href}.xlsx`}>{t('reports:download.xlsxLong')}</a>
      </p>
      <nav aria-label={t('reports:view.formsNav')}>
        <ul>
          {labels.template.forms.map((f) => (
            <li>
              <a href={`#form-${f.code}`}>{labels.formTitle(f.code)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {labels.template.forms.map((form) => {
        const content = v.content.forms[form.code];
        return (
          <section aria-labelledby={`form-${form.code}`}>
            <h2 id={`form-${form.code}`}>{labels.formTitle(form.code)}</h2>
            {form.hasStatus ? (
              <p>
                <span class="badge muted">{labels.status(content?.status ?? null)}</span>
              </p>
            ) : null}
            <FormAnswers labels={labels} form={form} content={content} />
          </section>
        );
      })}
    </article>
  );
}
