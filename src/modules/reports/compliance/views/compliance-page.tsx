import type { Child } from 'hono/jsx';
import {
  formatDate,
  formatNumber,
  type Locale,
  languageName,
  type Translate,
} from '../../../../kernel/i18n/index.js';
import { DemoBadge, DemoNotice, demonstrationColumn } from '../../../../kernel/views/demo-notice.js';
import { SelectField } from '../../../../kernel/views/fields.js';
import { Downloads, FilterForm } from '../../../../kernel/views/list-page.js';
import { type Column, dayColumn, Table, type TableDefinition } from '../../../../kernel/views/table.js';
import type {
  Compliance,
  ComplianceRow,
  InitialOverdueRow,
  ReminderLogEntry,
  VoluntaryRow,
} from '../queries.js';
import type { ReminderBatchOutcome } from '../send-late-reminders.js';
import { BatchOutcome, LateRemindersForm, ReminderActions, StatusBadge } from './parts.js';

export interface CompliancePageProps {
  t: Translate;
  locale: Locale;
  data: Compliance;
  years: number[];
  /** The ISU or the Coordinator: sees the reminder actions and the log. */
  canAct: boolean;
  /** May change a State's working language (the link beside it leads to that form). */
  canChangeLanguage: boolean;
  reminders: ReminderLogEntry[];
  /** Each State's latest reminder, from the outbox. */
  lastReminder: Map<string, Date>;
  /** The outcome of the bulk reminder just sent, shown at the top; null otherwise. */
  batch: ReminderBatchOutcome | null;
  /** The ISU: a link to the submitted reports whose consistency warnings nobody confirmed. */
  reviewsWarnings?: boolean;
}

/** Article 7 compliance for one reporting year: totals, the annual reports owed, overdue initial reports. */
export function CompliancePage(p: CompliancePageProps) {
  const { t, locale, data } = p;
  const n = (v: number) => formatNumber(locale, v);
  const due = formatDate(locale, data.due);
  const { totals } = data;
  const cards: Array<[number, string]> = [
    [totals.rateOnTime.count, t('compliance:cards.onTime', { of: n(totals.rateOnTime.of), due })],
    [totals.rateSubmitted.count, t('compliance:cards.submitted', { of: n(totals.rateSubmitted.of) })],
    [totals.late, t('compliance:cards.late', { count: totals.late })],
    [totals.notYet, t('compliance:cards.notYet', { count: totals.notYet })],
  ];
  if (totals.notDue > 0) cards.push([totals.notDue, t('compliance:cards.notDue', { count: totals.notDue })]);
  cards.push(
    [data.initialRate.count, t('compliance:cards.initial', { of: n(data.initialRate.of) })],
    [data.initialOverdue.length, t('compliance:cards.initialOverdue', { count: data.initialOverdue.length })],
  );
  const yearQuery = `?year=${data.year}`;
  // The ISU and the Coordinator get a reminder cell on each row a report is still owed for.
  const reminders = p.canAct
    ? (kind: 'annual' | 'initial') =>
        (r: { iso3: string; workingLanguage?: ComplianceRow['workingLanguage'] }) => (
          <ReminderActions
            t={t}
            locale={locale}
            language={kind === 'annual' ? (r.workingLanguage ?? 'en') : locale}
            iso3={r.iso3}
            year={data.year}
            kind={kind}
            lastReminder={p.lastReminder.get(r.iso3)}
          />
        )
    : undefined;

  return (
    <section>
      <h1>{t('compliance:title')}</h1>
      {p.reviewsWarnings ? (
        <p>
          <a href="/reports/warnings">{t('reports:warnings.link')}</a>
        </p>
      ) : null}
      {p.batch ? <BatchOutcome t={t} locale={locale} outcome={p.batch} /> : null}
      <DemoNotice t={t} show={data.includesDemonstrationData} detail={t('compliance:demo.detail')} />
      <FilterForm t={t} action="/reports/compliance" submit={t('compliance:year.submit')}>
        <SelectField
          name="year"
          label={t('compliance:year.label')}
          value={String(data.year)}
          options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </FilterForm>
      <p>
        {t(data.today > data.due ? 'compliance:intro' : 'compliance:introNotDue', {
          year: data.year,
          due,
          date: formatDate(locale, data.today),
        })}
      </p>
      <p class="hint">{t('compliance:method')}</p>

      <section class="cards" aria-label={t('compliance:cards.label')}>
        {cards.map(([big, text]) => (
          <p class="card">
            <span class="big">{n(big)}</span> {text}
          </p>
        ))}
      </section>
      <Downloads t={t} path="/reports/compliance" query={yearQuery} />

      <h2 id="annual">{t('compliance:annual.title', { year: data.year })}</h2>
      {p.canAct ? <p class="hint">{t('compliance:actions.noFocalPointHint')}</p> : null}
      {p.canAct ? (
        <LateRemindersForm
          t={t}
          year={data.year}
          late={data.rows.filter((r) => r.status === 'not_yet').length}
          unknownLanguage={data.rows.filter((r) => r.status === 'not_yet' && !r.workingLanguage).length}
        />
      ) : null}
      <Table
        definition={complianceTable(t, locale, {
          actions: reminders ? (r) => (r.reportId !== null ? null : reminders('annual')(r)) : undefined,
          lastReminder: p.canAct ? p.lastReminder : undefined,
          changeLanguage: p.canChangeLanguage,
        })}
        rows={data.rows}
        locale={locale}
        caption={t('compliance:annual.caption', { year: data.year, count: data.rows.length })}
        empty={t('compliance:annual.none')}
        rowAttributes={(r) => ({
          id: `annual-${r.iso3}`,
          class: r.status === 'not_yet' ? 'overdue' : undefined,
        })}
      />

      <h2 id="initial">{t('compliance:initial.title')}</h2>
      <p class="hint">{t('compliance:initial.hint')}</p>
      <Table
        definition={initialOverdueTable(t, locale, reminders?.('initial'))}
        rows={data.initialOverdue}
        locale={locale}
        caption={t('compliance:initial.caption', { count: data.initialOverdue.length })}
        empty={t('compliance:initial.none')}
        rowAttributes={(r) => ({ id: `initial-${r.iso3}`, class: 'overdue' })}
      />

      <h2 id="voluntary">{t('compliance:voluntary.title', { year: data.year })}</h2>
      <p class="hint">{t('compliance:voluntary.hint')}</p>
      <Table
        definition={voluntaryTable(t, locale)}
        rows={data.voluntary}
        locale={locale}
        caption={t('compliance:voluntary.caption', { count: data.voluntary.length })}
        empty={t('compliance:voluntary.none')}
      />

      {p.canAct ? <ReminderLog t={t} locale={locale} reminders={p.reminders} /> : null}
    </section>
  );
}

/** The latest reminder e-mails: who was written to, when, in which language, and whether it left. */
function ReminderLog(p: { t: Translate; locale: Locale; reminders: ReminderLogEntry[] }) {
  const { t, locale } = p;
  return (
    <>
      <h2 id="reminders">{t('compliance:log.title')}</h2>
      <p class="hint">{t('compliance:log.hint')}</p>
      <Table
        definition={reminderLogTable(t, locale)}
        rows={p.reminders}
        locale={locale}
        caption={t('compliance:log.caption')}
        empty={t('compliance:log.none')}
      />
    </>
  );
}

/** A State's name, naming the row, linked to its page (`anchor`: a section of it, or ''). */
function stateColumn<R extends { iso3: string; name: string }>(t: Translate, anchor: string): Column<R> {
  return {
    key: 'state',
    header: t('compliance:col.state'),
    rowHeader: true,
    cell: (r) => <a href={`/states/${r.iso3}${anchor}`}>{r.name}</a>,
  };
}

/** The page's actions column, for those who may act. */
function actionsColumn<R>(t: Translate, actions: ((r: R) => Child) | undefined): Column<R>[] {
  return actions ? [{ key: 'actions', header: t('compliance:col.actions'), cell: actions }] : [];
}

/**
 * The annual reports owed in a year: the page's table and the CSV/XLSX download, from one
 * definition. Downloads keep dates ISO (YYYY-MM-DD): sortable and unambiguous in any spreadsheet.
 * `actions`, when given, adds the reminder column (the ISU and the Coordinator).
 */
export function complianceTable(
  t: Translate,
  locale: Locale,
  opts: {
    actions?: ((r: ComplianceRow) => Child) | undefined;
    /** Each State's latest reminder: adds the language and last-reminder columns (the ISU and the Coordinator). */
    lastReminder?: Map<string, Date> | undefined;
    /** Adds, beside each working language, the link to change it. */
    changeLanguage?: boolean;
  } = {},
): TableDefinition<ComplianceRow> {
  const { actions, lastReminder, changeLanguage } = opts;
  const followUp: Column<ComplianceRow>[] = lastReminder
    ? [
        {
          key: 'language',
          header: t('compliance:col.workingLanguage'),
          cell: (r) => (
            <>
              {r.workingLanguage ? languageName(r.workingLanguage) : t('compliance:late.languageUnknown')}
              {changeLanguage ? (
                <>
                  {' '}
                  <a href={`/states/${r.iso3}/language?next=${encodeURIComponent('/reports/compliance')}`}>
                    {t('compliance:late.changeLanguage')}
                  </a>
                </>
              ) : null}
            </>
          ),
        },
        {
          key: 'lastReminder',
          header: t('compliance:col.lastReminder'),
          cell: (r) => {
            const at = lastReminder.get(r.iso3);
            return at ? formatDate(locale, at) : t('compliance:late.never');
          },
        },
      ]
    : [];
  return {
    columns: [
      { key: 'iso3', header: t('compliance:col.iso3'), value: (r) => r.iso3 },
      { ...stateColumn(t, ''), value: (r) => r.name },
      dayColumn('due', t('compliance:col.due'), locale, (r) => r.due),
      {
        key: 'submittedOn',
        header: t('compliance:col.submittedOn'),
        value: (r) => r.submittedOn,
        cell: (r) => (
          <>
            {r.submittedOn
              ? formatDate(locale, r.submittedOn)
              : r.demonstration
                ? t('compliance:status.date_unknown')
                : '—'}{' '}
            <DemoBadge t={t} show={r.demonstration} />
            {r.reportKind === 'initial' ? (
              <span class="hint"> {t('compliance:annual.asInitial')}</span>
            ) : null}
          </>
        ),
      },
      {
        key: 'status',
        header: t('compliance:col.status'),
        value: (r) => t(`compliance:status.${r.status}`),
        cell: (r) => <StatusBadge t={t} status={r.status} />,
      },
      {
        key: 'reportKind',
        header: t('compliance:col.reportKind'),
        value: (r) => (r.reportKind ? t(`compliance:kind.${r.reportKind}`) : null),
      },
      demonstrationColumn(t, (r) => r.demonstration),
      ...followUp,
      ...actionsColumn(t, actions),
    ],
    page: [
      'state',
      'due',
      'submittedOn',
      'status',
      ...followUp.map((c) => c.key),
      ...(actions ? ['actions'] : []),
    ],
  };
}

/** Initial reports past due: a page-only table (the download is of the annual reports). */
function initialOverdueTable(
  t: Translate,
  locale: Locale,
  actions: ((r: InitialOverdueRow) => Child) | undefined,
): TableDefinition<InitialOverdueRow> {
  return {
    columns: [
      stateColumn(t, '#article-7'),
      {
        key: 'entryIntoForce',
        header: t('compliance:col.entryIntoForce'),
        cell: (r) => (r.entryIntoForce ? formatDate(locale, r.entryIntoForce) : '—'),
      },
      { key: 'due', header: t('compliance:col.due'), cell: (r) => formatDate(locale, r.due) },
      {
        key: 'overdueBy',
        header: t('compliance:col.overdueBy'),
        cell: (r) => (
          <>
            <span class="badge">{t('compliance:status.not_yet')}</span>{' '}
            {r.daysOverdue === null
              ? ''
              : t('compliance:initial.days', {
                  count: r.daysOverdue,
                  days: formatNumber(locale, r.daysOverdue),
                })}
          </>
        ),
      },
      ...actionsColumn(t, actions),
    ],
    page: ['state', 'entryIntoForce', 'due', 'overdueBy', ...(actions ? ['actions'] : [])],
  };
}

/** Reports from States that did not owe one: a page-only table. */
function voluntaryTable(t: Translate, locale: Locale): TableDefinition<VoluntaryRow> {
  return {
    columns: [
      stateColumn(t, ''),
      {
        key: 'ccmStatus',
        header: t('compliance:col.ccmStatus'),
        value: (r) => t(`states:status.${r.ccmStatus}`),
      },
      {
        key: 'submittedOn',
        header: t('compliance:col.submittedOn'),
        cell: (r) => (
          <>
            {r.submittedOn ? formatDate(locale, r.submittedOn) : t('compliance:status.date_unknown')}{' '}
            <DemoBadge t={t} show={r.demonstration} />
          </>
        ),
      },
    ],
    page: ['state', 'ccmStatus', 'submittedOn'],
  };
}

/** The latest reminder e-mails: a page-only table. */
function reminderLogTable(t: Translate, locale: Locale): TableDefinition<ReminderLogEntry> {
  return {
    columns: [
      { key: 'sentAt', header: t('compliance:col.sentAt'), cell: (m) => formatDate(locale, m.createdAt) },
      { key: 'state', header: t('compliance:col.state'), value: (m) => m.stateIso3 ?? '—' },
      {
        key: 'to',
        header: t('compliance:col.to'),
        value: (m) => (m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress),
      },
      {
        key: 'language',
        header: t('compliance:col.language'),
        value: (m) => languageName(m.locale),
      },
      { key: 'subject', header: t('compliance:col.subject'), value: (m) => m.subject },
      {
        key: 'delivery',
        header: t('compliance:col.delivery'),
        value: (m) => t(`outbox:statuses.${m.status}`),
      },
    ],
    page: ['sentAt', 'state', 'to', 'language', 'subject', 'delivery'],
  };
}
