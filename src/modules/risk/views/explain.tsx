import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { DemoBadge } from '../../../kernel/views/demo-notice.js';
import { reportRowHref } from '../../reports/index.js';
import type { ObligationRisk } from '../queries.js';
import type { Figure, Missing, Quantity, RiskProjection, RiskStatus } from '../risk.js';
import type { EarlyWarning } from '../warning.js';

/** The badge class of each status, in the colours the Deadlines page already uses. */
const badgeClass: Record<RiskStatus, string> = {
  off_track: 'badge overdue',
  at_risk: 'badge soon',
  on_track: 'badge ok',
  not_enough_data: 'badge muted',
};

export function RiskBadge(p: { t: Translate; status: RiskStatus }) {
  return (
    <span class={badgeClass[p.status]} data-risk={p.status}>
      {p.t(`risk:status.${p.status}`)}
    </span>
  );
}

export const amountText = (t: Translate, locale: Locale, quantity: Quantity, value: number) =>
  t(`risk:amount.${quantity}`, { value: formatNumber(locale, Math.round(value)) });

/** Where a figure was read, in words: report year, version, form, table and rows (or the field). */
export function sourceText(t: Translate, f: Figure): string {
  const s = f.source;
  if (s.field !== null) return t('risk:source.field', { year: s.year, version: s.version, form: s.form });
  return t('risk:source.rows', {
    year: s.year,
    version: s.version,
    form: s.form,
    table: t(`risk:table.${s.table}`, { defaultValue: s.table ?? '' }),
    rows: s.rows.join(', '),
    count: s.rows.length,
  });
}

/** A figure's source, linked to the report version (to its first row when it is a table's). */
function Source(p: { t: Translate; f: Figure }) {
  const s = p.f.source;
  const href =
    s.table !== null && s.rows[0] !== undefined
      ? reportRowHref({
          reportId: s.reportId,
          version: s.version,
          form: s.form,
          table: s.table,
          row: s.rows[0],
        })
      : `/reports/${s.reportId}/versions/${s.version}`;
  return (
    <>
      (<a href={href}>{sourceText(p.t, p.f)}</a>) <DemoBadge t={p.t} show={s.demonstration} />
    </>
  );
}

const dayOrNever = (t: Translate, locale: Locale, d: string | null) =>
  d ? formatDate(locale, d) : t('risk:never');

/** One line per missing datum, in words that say exactly what is not in the reports. */
export function missingText(t: Translate, article: number, m: Missing): string {
  if (m.what === 'remaining') return t(`risk:missing.remaining.${article}`);
  if (m.what === 'rate') return t(`risk:missing.rate.${m.quantity}`);
  return t(`risk:missing.${m.what}`);
}

/** How a projection was reached: every figure with the report row it is read from. */
export function RiskExplanation(p: { t: Translate; locale: Locale; projection: RiskProjection }) {
  const { t, locale, projection: r } = p;
  const amount = (q: Quantity, v: number) => amountText(t, locale, q, v);
  return (
    <div class="risk-explanation">
      {r.missing.length > 0 ? (
        <>
          <p>{t('risk:missingTitle')}</p>
          <ul>
            {r.missing.map((m) => (
              <li data-missing={m.what}>{missingText(t, r.article, m)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.quantities.map((q) => (
        <>
          <p>
            {t('risk:remaining', {
              quantity: t(`risk:quantity.${q.quantity}`),
              amount: amount(q.quantity, q.remaining.value),
              year: q.remaining.source.year,
            })}{' '}
            <Source t={t} f={q.remaining} />
          </p>
          {q.rates.length > 0 ? (
            <>
              <p>{t('risk:ratesTitle', { quantity: t(`risk:quantity.${q.quantity}`) })}</p>
              <ul>
                {q.rates.map((y) => (
                  <li>
                    {t('risk:rateYear', { year: y.year, amount: amount(q.quantity, y.value) })}{' '}
                    <Source t={t} f={y.figure} />
                  </li>
                ))}
              </ul>
              {q.rateLow !== null && q.rateHigh !== null && q.rateMean !== null ? (
                <p>
                  {t('risk:spread', {
                    low: amount(q.quantity, q.rateLow),
                    high: amount(q.quantity, q.rateHigh),
                    mean: amount(q.quantity, q.rateMean),
                  })}
                </p>
              ) : null}
            </>
          ) : null}
          {q.growth.map((g) => (
            <p class="error">
              {t('risk:growth', {
                from: amount(q.quantity, g.from.value),
                fromYear: g.from.source.year,
                to: amount(q.quantity, g.to.value),
                toYear: g.to.source.year,
              })}
            </p>
          ))}
        </>
      ))}
      {r.completion ? (
        <p>
          {t('risk:completion', {
            expected: dayOrNever(t, locale, r.completion.expected),
            earliest: dayOrNever(t, locale, r.completion.earliest),
            latest: dayOrNever(t, locale, r.completion.latest),
          })}
        </p>
      ) : null}
      {r.binding && r.quantities.length > 1 ? (
        <p>{t('risk:binding', { quantity: t(`risk:quantity.${r.binding}`) })}</p>
      ) : null}
      {r.reasons.map((k) => (
        <p class="hint">{t(`risk:reason.${k}`)}</p>
      ))}
      {r.reports.length > 0 ? (
        <p class="hint">
          {t('risk:reportsRead', {
            list: r.reports.map((x) => t('risk:reportRef', { year: x.year, version: x.version })).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}

/** The dates that matter for an obligation off track near its deadline. */
export function WarningBlock(p: { t: Translate; locale: Locale; warning: EarlyWarning }) {
  const { t, locale, warning: w } = p;
  return (
    <div class="notice" role="note" data-early-warning={w.article}>
      <p>
        <strong>{t('risk:warning.title')}</strong>{' '}
        {t('risk:warning.intro', { date: formatDate(locale, w.deadline) })}
      </p>
      {w.meeting && w.submitBy ? (
        <>
          <p>
            {t('risk:warning.meeting', {
              meeting: w.meeting.title,
              date: formatDate(locale, w.meeting.startsOn),
            })}
          </p>
          <p>
            {t('risk:warning.submitBy', { date: formatDate(locale, w.submitBy), rule: w.rule })}
            {w.submitByPassed ? ` ${t('risk:warning.submitByPassed')}` : ''}
          </p>
        </>
      ) : (
        <p>{t('risk:warning.noMeeting', { rule: w.rule })}</p>
      )}
    </div>
  );
}

/** One obligation's risk: status against the deadline, the explanation, and the early warning when due. */
export function ObligationRiskBlock(p: { t: Translate; locale: Locale; risk: ObligationRisk }) {
  const { t, locale, risk } = p;
  const r = risk.projection;
  return (
    <section aria-labelledby={`risk-${risk.article}`} id={`risk-article-${risk.article}`}>
      <h3 id={`risk-${risk.article}`}>
        {t(`risk:article.${risk.article}`)} <RiskBadge t={t} status={r.status} />
      </h3>
      {r.deadline ? <p>{t('risk:deadline', { date: formatDate(locale, r.deadline) })}</p> : null}
      {risk.warning ? <WarningBlock t={t} locale={locale} warning={risk.warning} /> : null}
      <RiskExplanation t={t} locale={locale} projection={r} />
    </section>
  );
}
