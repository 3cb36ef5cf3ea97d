import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { DemoBadge, DemoNotice } from '../../../kernel/views/demo-notice.js';
import { SelectField } from '../../../kernel/views/fields.js';
import { PostForm } from '../../../kernel/views/form-page.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import { reportKinds } from '../lifecycle.js';
import type { ReportWithVersions, VersionSummary } from '../queries.js';
import { VersionStatusBadge } from './values.js';

export interface StateReportRow {
  report: ReportWithVersions;
  /** The newest version this person may see. */
  latest: VersionSummary;
  /** The version standing as the State's report, if one was delivered. */
  standing?: VersionSummary;
}

export interface StateReportsProps {
  t: Translate;
  locale: Locale;
  state: { iso3: string; name: string };
  rows: StateReportRow[];
  /** Offered to those who may write: the years without a report yet. */
  create?: {
    /** Newest first; `voluntary`: the State was not bound that year (before entry into force). */
    years: Array<{ year: number; voluntary: boolean }>;
    /** The versions of the forms a new report may use (decision 020), named for the reader. */
    templates: Array<{ value: string; label: string }>;
    values: Record<string, string>;
    errors?: FieldErrors;
    /** The ISU also keys in reports received by e-mail or post. */
    isu: boolean;
  };
}

/** A State's reports, one row a year, by the newest version this person may see. */
function stateReportsTable(t: Translate, locale: Locale): TableDefinition<StateReportRow> {
  return {
    columns: [
      {
        key: 'year',
        header: t('reports:col.year'),
        rowHeader: true,
        cell: ({ report }) => (
          <>
            <a href={`/reports/${report.id}`}>{report.year}</a>
            {report.demonstration ? (
              <>
                {' '}
                <DemoBadge t={t} show />
              </>
            ) : null}
          </>
        ),
      },
      { key: 'kind', header: t('reports:col.kind'), cell: ({ report }) => t(`reports:kind.${report.kind}`) },
      {
        key: 'latestVersion',
        header: t('reports:col.latestVersion'),
        cell: ({ latest }) => t('reports:version.number', { number: latest.number }),
      },
      {
        key: 'status',
        header: t('reports:col.status'),
        cell: ({ latest }) => <VersionStatusBadge t={t} status={latest.status} />,
      },
      {
        key: 'receivedOn',
        header: t('reports:col.receivedOn'),
        cell: ({ report, standing }) =>
          report.demonstration && standing
            ? t('reports:demo.receivedUnknown')
            : standing?.receivedOn
              ? formatDate(locale, standing.receivedOn)
              : '—',
      },
      {
        key: 'channel',
        header: t('reports:col.channel'),
        cell: ({ standing }) => (standing?.channel ? t(`reports:channel.${standing.channel}`) : '—'),
      },
    ],
    page: ['year', 'kind', 'latestVersion', 'status', 'receivedOn', 'channel'],
  };
}

export function StateReportsPage(p: StateReportsProps) {
  const { t, locale, state } = p;
  const years = p.rows.map((r) => r.report.year);
  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <section>
      <p>
        <a href={`/states/${state.iso3}`}>{t('reports:list.profile', { state: state.name })}</a>
      </p>
      <h1>{t('reports:list.title', { state: state.name })}</h1>
      <DemoNotice t={t} show={p.rows.some((r) => r.report.demonstration)} detail={t('reports:demo.detail')} />
      <Table
        definition={stateReportsTable(t, locale)}
        rows={p.rows}
        locale={locale}
        caption={t('reports:list.caption', { state: state.name })}
        empty={t('reports:list.none')}
      />

      {years.length >= 2 ? (
        <form method="get" action={`/states/${state.iso3}/reports/diff`} class="filters">
          <SelectField
            name="from"
            id="compare-from"
            label={t('reports:list.compareFrom')}
            value={String(years[1])}
            options={yearOptions}
          />
          <SelectField
            name="to"
            id="compare-to"
            label={t('reports:list.compareTo')}
            value={String(years[0])}
            options={yearOptions}
          />
          <button type="submit" class="secondary">
            {t('reports:list.compare')}
          </button>
        </form>
      ) : null}

      {p.create ? <CreateReportForm {...p} create={p.create} /> : null}
    </section>
  );
}

function CreateReportForm(p: StateReportsProps & { create: NonNullable<StateReportsProps['create']> }) {
  const { t, state, create } = p;
  if (create.years.length === 0) return <p>{t('reports:create.noYears')}</p>;
  const year = create.values.year || String(create.years[0]?.year ?? '');
  return (
    <section class="panel" aria-labelledby="create">
      <h2 id="create">{t('reports:create.title')}</h2>
      <p>{t('reports:create.intro')}</p>
      {create.isu ? <p>{t('reports:create.isuNote')}</p> : null}
      <PostForm
        t={t}
        errors={create.errors}
        action={`/states/${state.iso3}/reports`}
        submit={t('reports:create.button')}
        validate
      >
        <SelectField
          name="year"
          label={t('reports:create.year')}
          hint={t('reports:create.yearHint')}
          value={year}
          options={create.years.map((y) => ({
            value: String(y.year),
            label: y.voluntary ? t('reports:create.yearVoluntary', { year: y.year }) : String(y.year),
          }))}
          errors={create.errors}
          required
        />
        <SelectField
          name="kind"
          label={t('reports:create.kind')}
          hint={t('reports:create.kindHint')}
          value={create.values.kind ?? ''}
          emptyLabel={t('reports:create.kindAuto')}
          options={reportKinds.map((k) => ({ value: k, label: t(`reports:kind.${k}`) }))}
          errors={create.errors}
        />
        <SelectField
          name="templateId"
          label={t('reports:create.template')}
          hint={t('reports:create.templateHint')}
          value={create.values.templateId ?? ''}
          emptyLabel={t('reports:create.templateAuto')}
          options={create.templates}
          errors={create.errors}
        />
      </PostForm>
    </section>
  );
}
