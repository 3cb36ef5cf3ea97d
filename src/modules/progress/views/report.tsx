import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../kernel/views/demo-notice.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { IndicatorResult, ProgressReportData } from '../compute.js';
import { type Section, sections } from '../model.js';
import { summaryParagraphs } from '../summary.js';
import { figureText, noDataText } from './labels.js';

/** "Action 12", or for a figure seed 004 prints only in its summary, "Summary, §25". */
export const actionText = (t: Translate, r: Pick<IndicatorResult, 'id' | 'action'>) =>
  r.action === 0
    ? t('progress:report.summaryParagraph', { n: summaryParagraphs[r.id] ?? '' })
    : t('progress:report.actionN', { n: r.action });

/** The address of an indicator's evidence page. */
export const indicatorHref = (meeting: string, id: string) => `/progress/${meeting}/${id}`;

/** A result that leads to its evidence; an unknown one says so, and why, never 0. */
export function Result(p: { t: Translate; locale: Locale; meeting: string; row: IndicatorResult }) {
  const { t, locale, row } = p;
  const f = row.computed;
  const why = noDataText(t, f);
  return (
    <>
      <a href={indicatorHref(p.meeting, row.id)} class={f.value === null ? 'unconfirmed' : undefined}>
        {figureText(t, locale, f)}
      </a>
      {why ? <p class="hint">{why}</p> : null}
    </>
  );
}

/** The reporting window, stated: from, to, census date, and the day the meeting opens. */
export function WindowFacts(p: { t: Translate; locale: Locale; window: ProgressReportData['window'] }) {
  const { t, locale, window: w } = p;
  return (
    <>
      <dl class="facts">
        <dt>{t('progress:report.window')}</dt>
        <dd>
          {t('progress:report.windowRange', {
            from: formatDate(locale, w.from),
            to: formatDate(locale, w.to),
          })}
        </dd>
        <dt>{t('progress:report.census')}</dt>
        <dd>{formatDate(locale, w.census)}</dd>
        {w.meetingStartsOn ? (
          <>
            <dt>{t('progress:report.meetingOpens')}</dt>
            <dd>{formatDate(locale, w.meetingStartsOn)}</dd>
          </>
        ) : null}
      </dl>
      <p class="hint">{t('progress:report.censusNote')}</p>
    </>
  );
}

function definition(t: Translate, locale: Locale, meeting: string): TableDefinition<IndicatorResult> {
  return {
    columns: [
      {
        key: 'action',
        header: t('progress:report.action'),
        cell: (r) => actionText(t, r),
      },
      {
        key: 'indicator',
        header: t('progress:report.indicator'),
        rowHeader: true,
        cell: (r) => (
          <>
            {t(`progress:indicators.${r.id}`)} <span class="hint">({r.id})</span>
          </>
        ),
      },
      {
        key: 'result',
        header: t('progress:report.result'),
        cell: (r) => <Result t={t} locale={locale} meeting={meeting} row={r} />,
      },
    ],
    page: ['action', 'indicator', 'result'],
  };
}

export const sectionTitle = (t: Translate, s: Section) => `${s}. ${t(`progress:sections.${s}`)}`;

/** `/progress/{meeting}`: the window, the demonstration notice when due, then sections A–K. */
export function ProgressReportPage(p: { t: Translate; locale: Locale; report: ProgressReportData }) {
  const { t, locale, report } = p;
  const meeting = report.window.meeting;
  const def = definition(t, locale, meeting);
  return (
    <article>
      <p>
        <a href="/progress">{t('progress:report.allReports')}</a>
      </p>
      <h1>{t('progress:report.title', { meeting })}</h1>
      <DemoNotice t={t} show={report.includesDemonstrationData} detail={t('progress:report.demoDetail')} />
      <p>{t('progress:report.intro', { meeting })}</p>
      <WindowFacts t={t} locale={locale} window={report.window} />
      <p class="downloads">
        <a href={`/meetings/${meeting}`}>{t('progress:report.meetingPage')}</a>
        <a href={`/api/v1/progress-reports/${meeting}`}>{t('progress:report.json')}</a>
      </p>
      <nav aria-label={t('progress:report.contents')}>
        <ul>
          <li>
            <a href="#summary">{t('progress:report.summary')}</a>
          </li>
          {sections.map((s) => (
            <li>
              <a href={`#section-${s}`}>{sectionTitle(t, s)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="summary">
        <h2 id="summary">{t('progress:report.summary')}</h2>
        <p class="hint">{t('progress:report.summaryNote')}</p>
        <Table
          definition={def}
          rows={report.summary}
          locale={locale}
          caption={t('progress:report.summary')}
          empty={t('progress:report.unknown')}
        />
      </section>
      {sections.map((s) => (
        <section aria-labelledby={`section-${s}`}>
          <h2 id={`section-${s}`}>{sectionTitle(t, s)}</h2>
          <Table
            definition={def}
            rows={report.indicators.filter((i) => i.section === s)}
            locale={locale}
            caption={sectionTitle(t, s)}
            empty={t('progress:report.unknown')}
          />
        </section>
      ))}
    </article>
  );
}
