import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { type DeadlineRow, isInitialReportOverdue } from '../queries.js';
import { CurrentDeadline, PendingText, RemainingText, urgencyOf } from './parts.js';

export interface DeadlinesProps {
  t: Translate;
  locale: Locale;
  today: string;
  rows: DeadlineRow[];
}

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
      <p class="downloads">
        {t('common:download')}: <a href="/deadlines.csv">{t('common:downloadCsv')}</a>
        <a href="/deadlines.xlsx">{t('common:downloadXlsx')}</a>
      </p>

      <h2 id="all">{t('states:deadlines.allTitle')}</h2>
      <p class="hint">{t('states:deadlines.legend')}</p>
      {p.rows.length === 0 ? (
        <p>{t('states:deadlines.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('states:deadlines.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('states:col.state')}</th>
                <th scope="col">{t('states:col.article')}</th>
                <th scope="col">{t('states:col.currentDeadline')}</th>
                <th scope="col">{t('states:col.remaining')}</th>
                <th scope="col">{t('states:col.pendingRequest')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map(({ state, obligation: o }) => (
                <tr class={urgencyOf(o.remaining)}>
                  <th scope="row">
                    <a href={`/states/${state.iso3}#article-${o.article}`}>{state.name}</a>
                  </th>
                  <td>{t(`states:articles.${o.article}.short`)}</td>
                  <td>
                    <CurrentDeadline t={t} locale={locale} o={o} />
                  </td>
                  <td>
                    <RemainingText t={t} remaining={o.remaining} />
                  </td>
                  <td>
                    <PendingText t={t} locale={locale} e={o.pendingRequest} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="initial-reports">{t('states:deadlines.initialTitle')}</h2>
      <p class="hint">{t('states:deadlines.initialHint')}</p>
      {initialOverdue.length === 0 ? (
        <p>{t('states:deadlines.initialNone')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('states:deadlines.initialCaption', { count: initialOverdue.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('states:col.state')}</th>
                <th scope="col">{t('states:col.initialReportDue')}</th>
                <th scope="col">{t('states:col.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {initialOverdue.map(({ state, obligation: o }) => (
                <tr class="overdue">
                  <th scope="row">
                    <a href={`/states/${state.iso3}#article-7`}>{state.name}</a>
                  </th>
                  <td>{formatDate(locale, o.currentDeadline)}</td>
                  <td>
                    <RemainingText t={t} remaining={o.remaining} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
