import type { FieldErrors } from '../../../kernel/errors.js';
import { ERRORS_ID } from '../../../kernel/forms.js';
import { formatDate } from '../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../kernel/views/demo-notice.js';
import { SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import { Table } from '../../../kernel/views/table.js';
import { channels } from '../lifecycle.js';
import type { ReportRow, VersionSummary } from '../queries.js';
import type { FormCode, FormContent } from '../template/types.js';
import { type Labels, VersionStatusBadge } from './values.js';

export interface DraftView {
  version: VersionSummary & { lockVersion: number };
  forms: Partial<Record<FormCode, FormContent>>;
  /** Forms still waiting for changed / unchanged / not applicable. */
  awaiting: FormCode[];
  /** Where the draft's content came from: last year's report, or the version it amends. */
  source?: { year: number; number: number; sameReport: boolean };
}

export interface OverviewProps {
  labels: Labels;
  report: ReportRow;
  stateName: string;
  /** The versions this person may see, oldest first. */
  versions: VersionSummary[];
  draft?: DraftView;
  may: { write: boolean; recall: boolean; recordChannel: boolean };
  /** What was typed into the submit or recall form, and its errors, after a refused post. */
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** A refused upload: each problem with its sheet, row and column, already in words. */
  importErrors?: string[];
  /** A conflict (someone saved meanwhile, the draft was submitted): said at the top. */
  notice?: string;
}

const base = (r: ReportRow) => `/reports/${r.id}`;
const versionHref = (r: ReportRow, n: number, ext = '') => `${base(r)}/versions/${n}${ext}`;

export function ReportOverviewPage(p: OverviewProps) {
  const { labels, report } = p;
  const { t, locale } = labels;
  const standing = p.versions.find((v) => v.status === 'submitted');
  return (
    <article>
      <p>
        <a href={`/states/${report.stateIso3}/reports`}>{t('reports:list.back', { state: p.stateName })}</a>
      </p>
      <h1>{t('reports:overview.title', { state: p.stateName, year: report.year })}</h1>
      <DemoNotice t={t} show={report.demonstration} detail={t('reports:demo.detail')} />
      {p.notice ? (
        <div class="conflict" role="alert">
          <p>{p.notice}</p>
          <p>
            <a href={base(report)}>{t('reports:overview.reload')}</a>
          </p>
        </div>
      ) : null}
      <dl class="facts">
        <dt>{t('reports:col.state')}</dt>
        <dd>
          <a href={`/states/${report.stateIso3}`}>{p.stateName}</a> ({report.stateIso3})
        </dd>
        <dt>{t('reports:col.year')}</dt>
        <dd>{report.year}</dd>
        <dt>{t('reports:col.kind')}</dt>
        <dd>{t(`reports:kind.${report.kind}`)}</dd>
      </dl>

      <h2 id="versions">{t('reports:overview.versions')}</h2>
      <VersionsTable {...p} />

      {p.draft && p.may.write ? <DraftPanel {...p} draft={p.draft} /> : null}

      {!p.draft && standing && p.may.write ? (
        <section class="panel" aria-labelledby="amend">
          <h2 id="amend">{t('reports:amend.title')}</h2>
          <p>{t('reports:amend.intro', { number: standing.number })}</p>
          <form method="post" action={`${base(report)}/amend#errors`}>
            <button type="submit">{t('reports:amend.button')}</button>
          </form>
        </section>
      ) : null}

      {standing && p.may.recall ? (
        <section class="panel" aria-labelledby="recall">
          <h2 id="recall">{t('reports:recall.title')}</h2>
          <p>{t('reports:recall.intro', { number: standing.number })}</p>
          <form method="post" action={`${base(report)}/recall#errors`} class="stack">
            <TextAreaField
              name="reason"
              label={t('reports:recall.reason')}
              hint={t('reports:recall.reasonHint')}
              value={p.values?.reason}
              errors={p.errors}
              required
              maxLength={1000}
            />
            <button type="submit" class="secondary">
              {t('reports:recall.button', { number: standing.number })}
            </button>
          </form>
        </section>
      ) : null}
      <p class="hint">{t('reports:overview.dateNote', { date: formatDate(locale, report.createdAt) })}</p>
    </article>
  );
}

function VersionsTable(p: OverviewProps) {
  const { labels, report } = p;
  const { t, locale } = labels;
  // Each version with the one before it, for the link to what changed between them.
  const rows = p.versions.map((v, i) => ({ v, previous: p.versions[i - 1] }));
  return (
    <Table
      definition={{
        columns: [
          {
            key: 'version',
            header: t('reports:col.version'),
            rowHeader: true,
            cell: ({ v }) => (
              <a href={versionHref(report, v.number)}>{t('reports:version.number', { number: v.number })}</a>
            ),
          },
          {
            key: 'status',
            header: t('reports:col.status'),
            cell: ({ v }) => <VersionStatusBadge t={t} status={v.status} />,
          },
          {
            key: 'submittedAt',
            header: t('reports:col.submittedAt'),
            cell: ({ v }) => (v.submittedAt ? formatDate(locale, v.submittedAt) : '—'),
          },
          {
            key: 'channel',
            header: t('reports:col.channel'),
            cell: ({ v }) => (v.channel ? t(`reports:channel.${v.channel}`) : '—'),
          },
          {
            key: 'receivedOn',
            header: t('reports:col.receivedOn'),
            cell: ({ v }) =>
              report.demonstration
                ? t('reports:demo.receivedUnknown')
                : v.receivedOn
                  ? formatDate(locale, v.receivedOn)
                  : '—',
          },
          {
            key: 'downloads',
            header: t('reports:col.downloads'),
            cell: ({ v }) => (
              <>
                <a href={versionHref(report, v.number, '.docx')}>{t('reports:download.docx')}</a>{' '}
                <a href={versionHref(report, v.number, '.xlsx')}>{t('reports:download.xlsx')}</a>
              </>
            ),
          },
          {
            key: 'changes',
            header: t('reports:col.changes'),
            cell: ({ v, previous }) =>
              previous ? (
                <a href={`${base(report)}/diff?from=${previous.number}&to=${v.number}`}>
                  {t('reports:overview.diffLink', { from: previous.number, to: v.number })}
                </a>
              ) : (
                '—'
              ),
          },
        ],
        page: ['version', 'status', 'submittedAt', 'channel', 'receivedOn', 'downloads', 'changes'],
      }}
      rows={rows}
      locale={locale}
      caption={t('reports:overview.versionsCaption', { year: report.year })}
      empty={null}
    />
  );
}

/** The work on the open draft: each form's status and edit link, the offline workbook, the submission. */
function DraftPanel(p: OverviewProps & { draft: DraftView }) {
  const { labels, report, draft } = p;
  const { t } = labels;
  const v = draft.version;
  const hidden = (
    <>
      <input type="hidden" name="versionId" value={String(v.id)} />
      <input type="hidden" name="lockVersion" value={String(v.lockVersion)} />
    </>
  );
  // One click confirms a form only when there is something to confirm: content carried over.
  const prefilled = draft.source !== undefined;
  const statusOf = (code: FormCode) => draft.forms[code]?.status ?? null;
  const editHref = (code: FormCode) => `${versionHref(report, v.number)}/forms/${code}`;
  return (
    <section class="panel" aria-labelledby="draft">
      <h2 id="draft">{t('reports:draft.title', { number: v.number })}</h2>
      {draft.source ? (
        <p>
          {draft.source.sameReport
            ? t('reports:draft.amends', { number: draft.source.number })
            : t('reports:draft.prefilled', { year: draft.source.year })}
        </p>
      ) : (
        <p>{t('reports:draft.empty')}</p>
      )}
      <Table
        definition={{
          columns: [
            {
              key: 'form',
              header: t('reports:col.form'),
              rowHeader: true,
              cell: (form) => <a href={editHref(form.code)}>{labels.formTitle(form.code)}</a>,
            },
            {
              key: 'formStatus',
              header: t('reports:col.formStatus'),
              cell: (form) =>
                form.hasStatus ? labels.status(statusOf(form.code)) : t('reports:draft.noStatus'),
            },
            {
              key: 'actions',
              header: t('reports:col.actions'),
              cell: (form) => (
                <>
                  <a
                    href={editHref(form.code)}
                    aria-label={t('reports:draft.editNamed', { form: labels.formTitle(form.code) })}
                  >
                    {t('reports:draft.edit')}
                  </a>
                  {prefilled && form.hasStatus && statusOf(form.code) !== 'unchanged' ? (
                    <>
                      {' '}
                      <form method="post" action={`${editHref(form.code)}/unchanged#errors`} class="inline">
                        {hidden}
                        <button
                          type="submit"
                          class="secondary small"
                          aria-label={t('reports:draft.unchangedNamed', {
                            form: labels.formTitle(form.code),
                          })}
                        >
                          {t('reports:draft.unchanged')}
                        </button>
                      </form>
                    </>
                  ) : null}
                </>
              ),
            },
          ],
          page: ['form', 'formStatus', 'actions'],
        }}
        rows={labels.template.forms}
        locale={labels.locale}
        caption={t('reports:draft.formsCaption')}
        empty={null}
      />

      <h3 id="offline">{t('reports:upload.title')}</h3>
      <p>
        {t('reports:upload.intro')}{' '}
        <a href={versionHref(report, v.number, '.xlsx')}>
          {t('reports:upload.download', { number: v.number })}
        </a>
      </p>
      {p.importErrors?.length ? (
        <div id={ERRORS_ID} class="error-summary" role="alert" tabindex={-1}>
          <h2>{t('reports:upload.errorsTitle')}</h2>
          <ul>
            {p.importErrors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        method="post"
        action={`${versionHref(report, v.number)}/upload#errors`}
        enctype="multipart/form-data"
        class="stack"
      >
        {hidden}
        <div class="field">
          <label for="f-workbook">{t('reports:upload.file')}</label>
          <p class="hint" id="f-workbook-hint">
            {t('reports:upload.hint')}
          </p>
          <input
            type="file"
            id="f-workbook"
            name="workbook"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="f-workbook-hint"
          />
        </div>
        <button type="submit" class="secondary">
          {t('reports:upload.button')}
        </button>
      </form>

      <h3 id="submit">{t('reports:submit.title')}</h3>
      {draft.awaiting.length ? (
        <div class="warning" role="status">
          <p>{t('reports:submit.awaiting', { count: draft.awaiting.length })}</p>
          <ul>
            {draft.awaiting.map((code) => (
              <li>
                <a href={`${versionHref(report, v.number)}/forms/${code}`}>{labels.formTitle(code)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={`${base(report)}/submit#errors`} class="stack">
        {hidden}
        {p.may.recordChannel ? (
          <>
            <p>{t('reports:submit.isuIntro')}</p>
            <SelectField
              name="channel"
              label={t('reports:submit.channel')}
              value={p.values?.channel ?? 'email'}
              options={channels.map((c) => ({ value: c, label: t(`reports:channel.${c}`) }))}
              errors={p.errors}
            />
            <TextField
              name="receivedOn"
              type="date"
              label={t('reports:submit.receivedOn')}
              hint={t('reports:submit.receivedOnHint')}
              value={p.values?.receivedOn}
              errors={p.errors}
            />
          </>
        ) : (
          <p>{t('reports:submit.intro')}</p>
        )}
        <button type="submit">{t('reports:submit.button', { number: v.number })}</button>
      </form>
    </section>
  );
}
