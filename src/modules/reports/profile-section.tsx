import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import type { AppContext, AppDeps } from '../../kernel/http.js';
import { Table, TableScroll } from '../../kernel/views/table.js';
import { yearChanges } from './compare.js';
import { canWriteReport } from './policy.js';
import {
  findReportVersionForActor,
  latestSubmittedVersion,
  latestVisible,
  listReportsForState,
} from './queries.js';
import { currentTemplateId, getTemplate } from './template/registry.js';
import type { FormCode } from './template/types.js';
import { labelsFor, versionName } from './views/values.js';

/**
 * The State profile's "Article 7 reports" section: the reports, the forms of the report that stands,
 * and what changed since the year before. The states module renders it without importing this one.
 */
export function reportsProfileSection(deps: AppDeps) {
  const db = deps.database.db as Db;
  return async (c: AppContext, iso3: string): Promise<Child> => {
    const t = c.get('t');
    const actor = c.get('actor');
    const reports = await listReportsForState(db, actor, iso3);
    const standing = await latestSubmittedVersion(db, iso3);
    const labels = labelsFor(t, c.get('locale'), getTemplate(standing?.templateId ?? currentTemplateId));

    // The two most recent years this reader can see, each by the version that speaks for it.
    let changes: { from: number; to: number; counts: Array<[FormCode, number]> } | undefined;
    const [newer, older] = reports;
    const newerVersion = newer && latestVisible(actor, newer);
    const olderVersion = older && latestVisible(actor, older);
    if (newer && older && newerVersion && olderVersion) {
      const a = await findReportVersionForActor(db, actor, olderVersion.id);
      const b = await findReportVersionForActor(db, actor, newerVersion.id);
      if (a && b) {
        const template = getTemplate(b.version.templateId);
        const perForm = new Map<FormCode, number>();
        for (const change of yearChanges(a.version.content, b.version.content, template))
          perForm.set(change.form, (perForm.get(change.form) ?? 0) + 1);
        changes = { from: older.year, to: newer.year, counts: [...perForm] };
      }
    }

    return (
      <section aria-labelledby="article7-reports">
        <h2 id="article7-reports">{t('reports:profile.title')}</h2>
        <p>
          <a href={`/states/${iso3}/reports`}>
            {canWriteReport(actor, iso3) ? t('reports:profile.manage') : t('reports:profile.all')}
          </a>
        </p>
        <Table
          definition={{
            columns: [
              {
                key: 'year',
                header: t('reports:col.year'),
                rowHeader: true,
                cell: (r) => <a href={`/reports/${r.id}`}>{r.year}</a>,
              },
              { key: 'kind', header: t('reports:col.kind'), cell: (r) => t(`reports:kind.${r.kind}`) },
              {
                key: 'status',
                header: t('reports:col.status'),
                cell: (r) => {
                  const v = latestVisible(actor, r);
                  return v ? versionName(t, v) : '—';
                },
              },
            ],
            page: ['year', 'kind', 'status'],
          }}
          rows={reports}
          locale={c.get('locale')}
          caption={t('reports:profile.caption')}
          empty={t('reports:profile.none')}
        />
        {standing ? (
          <>
            <h3>{t('reports:profile.formsTitle', { year: standing.year, number: standing.number })}</h3>
            <TableScroll label={t('reports:profile.formsCaption', { year: standing.year })}>
              <table>
                <caption>{t('reports:profile.formsCaption', { year: standing.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports:col.form')}</th>
                    <th scope="col">{t('reports:col.formStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {labels.template.forms
                    .filter((f) => f.hasStatus)
                    .map((f) => (
                      <tr>
                        <th scope="row">
                          <a
                            href={`/reports/${standing.reportId}/versions/${standing.number}#form-${f.code}`}
                          >
                            {labels.formTitle(f.code)}
                          </a>
                        </th>
                        <td>{labels.status(standing.content.forms[f.code]?.status ?? null)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        ) : null}
        {changes ? (
          <>
            <h3>{t('reports:profile.changesTitle', { from: changes.from, to: changes.to })}</h3>
            {changes.counts.length === 0 ? (
              <p>{t('reports:profile.noChanges')}</p>
            ) : (
              <ul>
                {changes.counts.map(([code, count]) => (
                  <li>{t('reports:profile.changesIn', { form: labels.formTitle(code), count })}</li>
                ))}
              </ul>
            )}
            <p>
              <a href={`/states/${iso3}/reports/diff?from=${changes.from}&to=${changes.to}`}>
                {t('reports:profile.changesLink', { from: changes.from, to: changes.to })}
              </a>
            </p>
          </>
        ) : null}
      </section>
    );
  };
}
