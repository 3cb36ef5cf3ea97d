import type { Child } from 'hono/jsx';
import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { Downloads } from '../../../kernel/views/list-page.js';
import { type Column, Table, type TableDefinition } from '../../../kernel/views/table.js';
import { type DeadlineRow, isInitialReportOverdue } from '../queries.js';
import { CurrentDeadline, PendingText, RemainingText, urgencyOf } from './parts.js';

export interface DeadlinesProps {
  t: Translate;
  locale: Locale;
  today: string;
  rows: DeadlineRow[];
  /** Columns other modules add (deadline risk), after the registry's own. */
  extraColumns?: Column<DeadlineRow>[];
  /** The keys of those shown on the page. */
  extraPage?: string[];
  /** Orders other modules offer besides "most urgent first", and the one chosen. */
  sorts?: Array<{ key: string; label: string }>;
  sort?: string;
  asOf?: string;
  notices?: Child[];
}

/** The page's address in an order, keeping the day asked. */
const deadlinesHref = (path: string, sort: string | undefined, asOf: string | undefined) => {
  const params = new URLSearchParams();
  if (sort) params.set('sort', sort);
  if (asOf) params.set('asOf', asOf);
  const q = params.toString();
  return q ? `${path}?${q}` : path;
};

/** Every open time-bound obligation of the States Parties, most urgent first. */
export function DeadlinesPage(p: DeadlinesProps) {
  const { t, locale } = p;
  const overdue = p.rows.filter((r) => r.obligation.remaining?.overdue);
  const soon = p.rows.filter((r) => r.obligation.remaining?.within24Months);
  const undecided = p.rows.filter((r) => r.obligation.remaining?.decisionNotRecorded);
  const pending = p.rows.filter((r) => r.obligation.pendingRequest);
  const initialOverdue = p.rows.filter((r) => isInitialReportOverdue(r.state, r.obligation));
  const cards: Array<[string, number]> = [
    ['states:deadlines.cards.open', p.rows.length],
    ['states:deadlines.cards.overdue', overdue.length],
    ['states:deadlines.cards.undecided', undecided.length],
    ['states:deadlines.cards.soon', soon.length],
    ['states:deadlines.cards.pending', pending.length],
  ];
  return (
    <section>
      <h1>{t('states:deadlines.title')}</h1>
      <p>{t('states:deadlines.intro', { date: formatDate(locale, p.today) })}</p>
      <div class="cards">
        {cards.map(([key, n]) => (
          <p class="card">
            <span class="big">{formatNumber(locale, n)}</span> {t(key, { count: n })}
          </p>
        ))}
      </div>
      <Downloads t={t} path="/deadlines" query={deadlinesHref('', p.sort, p.asOf)} />

      <h2 id="all">{t('states:deadlines.allTitle')}</h2>
      <p class="hint">{t('states:deadlines.legend')}</p>
      {p.notices}
      {p.sorts && p.sorts.length > 0 ? (
        <p class="downloads" data-sorts="deadlines">
          {t('states:deadlines.sort.label')}:{' '}
          {[
            { key: undefined as string | undefined, label: t('states:deadlines.sort.urgency') },
            ...p.sorts,
          ].map((s) =>
            s.key === p.sort ? (
              <strong aria-current="true">{s.label}</strong>
            ) : (
              <a href={`${deadlinesHref('/deadlines', s.key, p.asOf)}#all`}>{s.label}</a>
            ),
          )}
        </p>
      ) : null}
      <Table
        definition={deadlineTable(t, locale, p.extraColumns, p.extraPage)}
        rows={p.rows}
        locale={locale}
        caption={t('states:deadlines.caption')}
        empty={t('states:deadlines.none')}
        rowAttributes={(r) => ({ class: urgencyOf(r.obligation.remaining) })}
      />

      <h2 id="initial-reports">{t('states:deadlines.initialTitle')}</h2>
      <p class="hint">{t('states:deadlines.initialHint')}</p>
      <Table
        definition={initialReportTable(t, locale)}
        rows={initialOverdue}
        locale={locale}
        caption={t('states:deadlines.initialCaption', { count: initialOverdue.length })}
        empty={t('states:deadlines.initialNone')}
        rowAttributes={() => ({ class: 'overdue' })}
      />
    </section>
  );
}

/** The open obligations' columns, for the page and its CSV/XLSX alike (downloads keep dates ISO). */
export function deadlineTable(
  t: Translate,
  locale: Locale,
  extra: readonly Column<DeadlineRow>[] = [],
  extraPage: readonly string[] = [],
): TableDefinition<DeadlineRow> {
  const yesNo = (b: boolean) => t(b ? 'common:yes' : 'common:no');
  return {
    columns: [
      { key: 'iso3', header: t('states:col.iso3'), value: (r) => r.state.iso3 },
      {
        key: 'state',
        header: t('states:col.state'),
        value: (r) => r.state.name,
        rowHeader: true,
        cell: ({ state, obligation: o }) => (
          <a href={`/states/${state.iso3}#article-${o.article}`}>{state.name}</a>
        ),
      },
      {
        key: 'region',
        header: t('states:col.region'),
        value: (r) => t(`states:region.${r.state.unRegion}`, { defaultValue: r.state.unRegion }),
      },
      {
        key: 'article',
        header: t('states:col.article'),
        value: (r) => t(`states:articles.${r.obligation.article}.short`),
      },
      {
        key: 'originalDeadline',
        header: t('states:col.originalDeadline'),
        date: 'partial',
        value: (r) => r.obligation.originalDeadline,
      },
      {
        key: 'currentDeadline',
        header: t('states:col.currentDeadline'),
        date: 'partial',
        value: (r) => r.obligation.currentDeadline,
        cell: (r) => <CurrentDeadline t={t} locale={locale} o={r.obligation} />,
      },
      {
        key: 'deadlineConfirmed',
        header: t('states:col.deadlineConfirmed'),
        value: (r) => yesNo(r.obligation.currentDeadlineConfirmed),
      },
      {
        key: 'remaining',
        header: t('states:col.remaining'),
        cell: (r) => <RemainingText t={t} remaining={r.obligation.remaining} />,
      },
      {
        key: 'daysRemaining',
        header: t('states:col.daysRemaining'),
        value: (r) => r.obligation.remaining?.days ?? null,
        numeric: true,
      },
      {
        key: 'overdue',
        header: t('states:col.overdue'),
        value: (r) => yesNo(r.obligation.remaining?.overdue ?? false),
      },
      {
        key: 'extensionsGranted',
        header: t('states:col.extensionsGranted'),
        value: (r) => r.obligation.extensionsGranted,
        numeric: true,
      },
      {
        key: 'pendingRequest',
        header: t('states:col.pendingRequest'),
        value: (r) => yesNo(r.obligation.pendingRequest !== null),
        cell: (r) => <PendingText t={t} locale={locale} e={r.obligation.pendingRequest} />,
      },
      {
        key: 'requestedDeadline',
        header: t('states:col.requestedDeadline'),
        date: 'partial',
        value: (r) => r.obligation.pendingRequest?.requestedDeadline ?? null,
      },
      {
        key: 'pendingMeeting',
        header: t('states:col.pendingMeeting'),
        value: (r) => r.obligation.pendingRequest?.meeting ?? null,
      },
      ...extra,
    ],
    page: ['state', 'article', 'currentDeadline', 'remaining', 'pendingRequest', ...extraPage],
  };
}

/** Initial reports past due: a page-only table (the download is the deadlines list above). */
function initialReportTable(t: Translate, locale: Locale): TableDefinition<DeadlineRow> {
  return {
    columns: [
      {
        key: 'state',
        header: t('states:col.state'),
        rowHeader: true,
        cell: ({ state }) => <a href={`/states/${state.iso3}#article-7`}>{state.name}</a>,
      },
      {
        key: 'initialReportDue',
        header: t('states:col.initialReportDue'),
        cell: (r) => formatDate(locale, r.obligation.currentDeadline),
      },
      {
        key: 'remaining',
        header: t('states:col.remaining'),
        cell: (r) => <RemainingText t={t} remaining={r.obligation.remaining} />,
      },
    ],
    page: ['state', 'initialReportDue', 'remaining'],
  };
}
